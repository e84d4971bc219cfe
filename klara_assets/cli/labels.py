"""Commands for labels and scanning: `labels OUT.pdf [--layout ID] [--skip N] (--all | TAG ...)`,
`labels --list-layouts`, `scan PAYLOAD [--json]` and `scan --image FILE [--json]` (SPEC §8).

`scan` exits 0 when the code designates an asset or a valid certificate, 3 when nothing matches (or the
certificate is not in the register), 1 for an altered or revoked certificate.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from klara_assets import scanning
from klara_assets.cli.common import Commands, context, print_json
from klara_assets.domain.scan_payload import ScanKind, ScanResult
from klara_assets.persistence.scan_queries import resolve
from klara_assets.services import labels
from klara_assets.services.output_files import check_output, write_output

EXIT_BY_VERDICT = {"VALID": 0, "UNKNOWN": 3, "ALTERED": 1, "REVOKED": 1}


def register(commands: Commands) -> None:
    p = commands.add("labels", cmd_labels, "print QR labels for assets as a PDF sheet")
    p.add_argument("out", nargs="?", metavar="OUT.pdf")
    p.add_argument("tags", nargs="*", metavar="TAG")
    p.set_defaults(intermixed="tags")
    p.add_argument("--all", action="store_true", help="every asset still in the fleet")
    p.add_argument("--layout", help="layout id (default: the settings'); see --list-layouts")
    p.add_argument("--skip", type=int, default=0, help="leave the first N positions of the sheet blank")
    p.add_argument("--second-line", choices=[s.value for s in labels.SecondLine], default="model")
    p.add_argument("--list-layouts", action="store_true", help="list the label layouts and exit")
    p.set_defaults(usage_error=p.error)

    p = commands.add("scan", cmd_scan, "say what a scanned code designates (tag, serial, IMEI, certificate)")
    p.add_argument("payload", nargs="?", metavar="PAYLOAD")
    p.add_argument("--image", type=Path, help="decode the codes in an image file instead")
    p.add_argument("--json", action="store_true")
    p.set_defaults(usage_error=p.error)


def cmd_labels(args: argparse.Namespace) -> int:
    if args.list_layouts:
        for layout in labels.layouts():
            print(f"{layout.id:<10} {layout.describe()}")
        return 0
    if not args.out or bool(args.all) == bool(args.tags):
        args.usage_error("give OUT.pdf and either --all or one or more tags")
    if not args.out.lower().endswith(".pdf"):
        args.usage_error(f"the output file must end with .pdf (got {args.out})")
    context(args)
    check_output(args.out)
    pdf = labels.label_pdf(
        None if args.all else args.tags, layout_id=args.layout, skip=args.skip, second=args.second_line
    )
    write_output(args.out, pdf)
    return 0


def cmd_scan(args: argparse.Namespace) -> int:
    if (args.payload is None) == (args.image is None):
        args.usage_error("give either a PAYLOAD or --image FILE")
    context(args)
    codes = [args.payload] if args.image is None else scanning.decode_image(args.image)
    results = [resolve(code) for code in codes]
    found = [r for r in results if r.found]
    if found:
        result = found[0]
    elif results:
        result = results[0]
    else:
        result = ScanResult(ScanKind.NONE, "", f"No barcode found in {args.image}.")
    if args.json:
        print_json({**result.to_json(), "codes": codes})
    else:
        print(result.message, file=sys.stdout if result.found else sys.stderr)
    if result.kind is ScanKind.CERTIFICATE:
        return EXIT_BY_VERDICT[result.status or "UNKNOWN"]
    return 0 if result.found else 3
