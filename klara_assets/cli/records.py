"""Commands of the end-of-life records an auditor asks for (issue 16): `report waste-register`, `donate`."""

from __future__ import annotations

import argparse
from pathlib import Path

from klara_assets.cli.common import Commands, context, language, print_json
from klara_assets.domain.errors import ValidationFailed
from klara_assets.services import donations, waste_register
from klara_assets.services.output_files import write_output


def register(commands: Commands) -> None:
    p = commands.add(
        "waste-register", cmd_waste_register, "the outgoing-waste register (.csv, .xlsx or .pdf)", group="report"
    )
    p.add_argument("--year", type=int, help="pickup year (default: every closed batch)")
    p.add_argument("--out", required=True, help="FILE.csv (Trackdéchets layout), FILE.xlsx or FILE.pdf")
    p.add_argument("--json", action="store_true")
    p = commands.add("donate", cmd_donate, "give a retired, sanitized device to an employee (CGI art. 81, 31° bis)")
    p.add_argument("tag")
    p.add_argument("email", help="the employee's e-mail address")
    p.add_argument("--out", required=True, help="where to write the attestation de don (PDF)")
    p.add_argument("--json", action="store_true")


def cmd_donate(args: argparse.Namespace) -> int:
    ctx = context(args)
    result = donations.donate(ctx, args.tag, args.email, lang=getattr(args, "lang", None)).result
    assert isinstance(result, donations.DonationResult)
    target = write_output(args.out, result.pdf)
    if args.json:
        print_json(
            {
                "number": result.number,
                "tag": result.tag,
                "person": result.person,
                "cost_price": f"{result.cost_price:.2f}",
                "depreciation": f"{result.depreciation:.2f}",
                "net_book_value": f"{result.net_book_value:.2f}",
                "given_this_year": f"{result.given_this_year:.2f}",
                "out": str(target),
            }
        )
    else:
        print(
            f"{result.tag} given to {result.person} ({result.number}): cost price {result.cost_price:.2f} EUR, "
            f"depreciation {result.depreciation:.2f}, net book value {result.net_book_value:.2f}; "
            f"gifts this year {result.given_this_year:.2f} / 2000.00. Attestation: {target}"
        )
    return 0


def cmd_waste_register(args: argparse.Namespace) -> int:
    ctx = context(args)
    kind = Path(args.out).suffix.lower().lstrip(".")
    if kind not in ("csv", "xlsx", "pdf"):
        raise ValidationFailed(
            f"Cannot tell the format of {args.out}: end the file name with .csv, .xlsx or .pdf.",
            code="unknown_format",
            field="out",
        )
    if args.year is not None and not 1990 <= args.year <= 2200:
        raise ValidationFailed(f"Invalid year {args.year}.", code="invalid_year", field="year")
    register_ = waste_register.waste_register(args.year)
    if kind == "csv":
        data = waste_register.register_csv(register_)
    elif kind == "xlsx":
        data = waste_register.register_xlsx(register_)
    else:
        data = waste_register.register_pdf(register_, language(args), ctx.today())
    target = write_output(args.out, data)
    if args.json:
        print_json(
            {
                "out": str(target),
                "lines": len(register_.lines),
                "total_tonnes": f"{register_.total_tonnes:.3f}",
                "tonnes_by_code": {k: f"{v:.3f}" for k, v in register_.tonnes_by_code().items()},
            }
        )
    else:
        print(f"Waste register: {len(register_.lines)} line(s), {register_.total_tonnes:.3f} t, written to {target}.")
    return 0
