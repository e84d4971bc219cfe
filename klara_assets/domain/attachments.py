"""Attachments (issue 16): what a file is, told from its first bytes, and the files refused outright.

Pure Python. The media type is sniffed from the content, never taken from the file name: a program
renamed `report.pdf` is still a program. Executables (ELF, PE/MZ, Mach-O, scripts with a shebang, Java
classes, Windows shortcuts and installers) are refused.
"""

from __future__ import annotations

from enum import StrEnum

from klara_assets.domain.errors import ValidationFailed


class AttachmentKind(StrEnum):
    ASSET = "asset"
    INCIDENT = "incident"
    SANITIZATION = "sanitization"
    BATCH = "batch"
    PARTNER = "partner"


DEFAULT_MAX_MB = 25

# (magic bytes, what it is) for programs; checked before anything else.
_EXECUTABLES: tuple[tuple[bytes, str], ...] = (
    (b"\x7fELF", "an ELF program"),
    (b"MZ", "a Windows program (PE/MZ)"),
    (b"\xfe\xed\xfa\xce", "a Mach-O program"),
    (b"\xfe\xed\xfa\xcf", "a Mach-O program"),
    (b"\xce\xfa\xed\xfe", "a Mach-O program"),
    (b"\xcf\xfa\xed\xfe", "a Mach-O program"),
    (b"\xca\xfe\xba\xbe", "a Mach-O universal program or a Java class"),
    (b"#!", "a script (it starts with #!)"),
    (b"L\x00\x00\x00\x01\x14\x02\x00", "a Windows shortcut"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", ""),  # OLE2: .doc/.xls but also .msi; sniffed below
)

# (magic bytes, media type), first match wins.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "application/x-ole-storage"),
)

_OOXML = {
    b"word/": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    b"xl/": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    b"ppt/": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
}


def _msi(head: bytes) -> bool:
    """A Windows installer is an OLE2 file whose root storage holds the MSI class id."""
    return b"\x84\x10\x0c\x00\x00\x00\x00\x00\xc0\x00\x00\x00\x00\x00\x00\x46" in head[:4096]


def refusal(content: bytes) -> str:
    """What makes `content` refused as an attachment ('' when it is acceptable)."""
    for magic, what in _EXECUTABLES:
        if content.startswith(magic):
            if magic.startswith(b"\xd0\xcf"):
                return "a Windows installer (MSI)" if _msi(content) else ""
            return what
    return ""


def _is_text(head: bytes) -> bool:
    if b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start >= len(head) - 3  # a character cut by the sample's end
    return True


def sniff(content: bytes) -> str:
    """The media type of `content`, from its bytes."""
    for magic, media in _SIGNATURES:
        if content.startswith(magic):
            return media
    if content.startswith(b"RIFF") and content[8:12] == b"WEBP":
        return "image/webp"
    if content.startswith(b"PK\x03\x04"):
        head = content[:65536]
        for marker, media in _OOXML.items():
            if marker in head:
                return media
        return "application/zip"
    head = content[:8192]
    if head and _is_text(head):
        stripped = head.lstrip()
        if stripped.startswith(b"<?xml") or stripped.startswith(b"<"):
            return "application/xml" if stripped.startswith(b"<?xml") else "text/html"
        return "text/plain"
    return "application/octet-stream"


def check_content(content: bytes, file_name: str, max_mb: int) -> str:
    """The sniffed media type, or a refusal naming why (empty, too large, a program)."""
    if not content:
        raise ValidationFailed(f"{file_name} is empty: there is nothing to attach.", code="attachment_empty")
    limit = max_mb * 1024 * 1024
    if len(content) > limit:
        size_mb = len(content) / (1024 * 1024)
        raise ValidationFailed(
            f"{file_name} is too large to attach ({size_mb:.1f} MB; the limit is {max_mb} MB, "
            "setting attachment_max_mb).",
            code="attachment_too_large",
            size_mb=round(size_mb, 1),
            limit_mb=max_mb,
        )
    what = refusal(content)
    if what:
        raise ValidationFailed(
            f"{file_name} is {what}: programs and scripts cannot be attached.",
            code="attachment_executable",
            what=what,
        )
    return sniff(content)


def clean_file_name(name: str) -> str:
    """The file's own name (no folder), at most 255 characters, never empty."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1].strip()
    if not base:
        raise ValidationFailed("The attachment needs a file name.", code="attachment_name_required")
    if len(base) > 255:
        stem, dot, ext = base.rpartition(".")
        base = (stem[: 250 - len(ext)] + dot + ext) if dot and len(ext) < 10 else base[:255]
    return base
