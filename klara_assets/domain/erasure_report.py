"""The erasure tool's own report (issue 16 §3). nwipe / ShredOS reports are read: the PDF certificate nwipe
0.35+ writes per drive (its text: "Make/Model:", "Serial:", "Start time:", "End time:", "Status:",
"Method:", "Verify Pass(Last/All/None):", times as YYYY/MM/DD HH:MM:SS) and the log's "Drive Status" summary
line ("  sda | Erased |  120MB/s | 01:22:01 | MODEL/SERIAL") with its "Total Throughput" line (end time,
method, rounds, B/NB and NV/VL/VA). Reports of other tools are attached and cited, not parsed. Pure Python.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

_STAMP = r"(\d{4}/\d{2}/\d{2} \d{2}:\d{2}:\d{2})"
# nwipe's labels on page 1 of its certificate, and the fields they give.
_LABELS = {
    "Make/Model:": "model",
    "Serial:": "serial",
    "Start time:": "start",
    "End time:": "end",
    "Status:": "status",
    "Method:": "method",
    "Verify Pass(Last/All/None):": "verify",
}
_OTHER_LABELS = ("Bus:", "Size(Apparent):", "Duration:", "PRNG algorithm:", "Final Pass(Zeros/Ones/None):")
_SUMMARY = re.compile(
    r"^[ !]\s*(\S+)\s*\|\s*(Erased|-FAILED-|UABORTED|INSANITY)\s*\|[^|]*\|\s*(\d+):(\d{2}):(\d{2})\s*\|\s*(.*)$"
)
_TOTAL = re.compile(r"^\[" + _STAMP + r"\] Total Throughput [^,]*, (.+), (\d+)R\+N?B\+(NV|VL|VA)\s*$")
_VERIFY_CODES = {"NV": "None", "VL": "Last", "VA": "All"}


@dataclass(frozen=True)
class ErasureReport:
    tool: str
    source: str  # "pdf" or "log"
    model: str
    serial: str
    method: str  # the tool's method label, e.g. "DoD Short"
    verify: str  # Last, All or None
    erased: bool
    status: str
    started: datetime | None
    ended: datetime | None

    @property
    def nist_method(self) -> str:
        """nwipe overwrites the user-addressable area: NIST SP 800-88 Clear."""
        return "clear"

    @property
    def verification(self) -> str:
        return "full" if self.verify in ("Last", "All") else "other"

    @property
    def result(self) -> str:
        return "pass" if self.erased else "fail"


def _time(text: str | None) -> datetime | None:
    return datetime.strptime(text, "%Y/%m/%d %H:%M:%S") if text else None


def _label_values(text: str) -> dict[str, str]:
    """Each label's value: the rest of its line up to the next label, else the next non-empty line (text
    extractors put nwipe's value, drawn at its own x position, on the same line or the next)."""
    every = [*_LABELS, *_OTHER_LABELS]
    lines = [line.strip() for line in text.splitlines()]
    found: dict[str, str] = {}
    for index, line in enumerate(lines):
        for label, key in _LABELS.items():
            if label not in line or key in found:
                continue
            rest = line.split(label, 1)[1]
            for other in every:
                if other in rest:
                    rest = rest.split(other, 1)[0]
            value = rest.strip()
            if not value:
                value = next((x for x in lines[index + 1 :] if x), "")
                if any(value.startswith(o) for o in every):
                    value = ""
            if value:
                found[key] = value
    if "start" in found:
        found["start"] = found["start"][:19]
    if "end" in found:
        found["end"] = found["end"][:19]
    if "status" in found:
        found["status"] = found["status"].split()[0].upper()
    if "verify" in found:
        found["verify"] = found["verify"].split()[0].capitalize()
    return found


def parse_nwipe_pdf_text(text: str) -> ErasureReport | None:
    """An nwipe PDF certificate's extracted text, or None when it is not one."""
    if "Disk Erasure Details" not in text and "NWIPE" not in text.upper():
        return None
    found = _label_values(text)
    if "serial" not in found or "status" not in found:
        return None
    return ErasureReport(
        tool="nwipe",
        source="pdf",
        model=found.get("model", ""),
        serial=found["serial"],
        method=found.get("method", ""),
        verify=found.get("verify", "None"),
        erased=found["status"] == "ERASED",
        status=found["status"],
        started=_time(found.get("start")),
        ended=_time(found.get("end")),
    )


def parse_nwipe_log(text: str) -> list[ErasureReport]:
    """One report per drive of an nwipe log's "Drive Status" summary (empty when the text is not one)."""
    if "Drive Status" not in text or "Model/Serial Number" not in text:
        return []
    rows, method, verify, ended = [], "", "None", None
    for line in text.splitlines():
        total = _TOTAL.match(line.strip())
        if total:
            ended, method, verify = _time(total.group(1)), total.group(2).strip(), _VERIFY_CODES[total.group(4)]
            continue
        row = _SUMMARY.match(line)
        if row:
            rows.append(row.groups())
    reports = []
    for _device, status, hours, minutes, seconds, model_serial in rows:
        model, _sep, serial = model_serial.strip().rpartition("/")
        duration = timedelta(hours=int(hours), minutes=int(minutes), seconds=int(seconds))
        reports.append(
            ErasureReport(
                tool="nwipe",
                source="log",
                model=model.strip(),
                serial=serial.strip(),
                method=method,
                verify=verify,
                erased=status == "Erased",
                status=status.strip("-"),
                started=ended - duration if ended else None,
                ended=ended,
            )
        )
    return reports


def same_serial(a: str, b: str) -> bool:
    def clean(value: str) -> str:
        return re.sub(r"[\s_-]", "", value).upper()

    return bool(a and b) and clean(a) == clean(b)
