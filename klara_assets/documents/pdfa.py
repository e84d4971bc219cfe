"""PDF/A-2b for every document (issue 16 §4): XMP metadata with `pdfaid` part 2 conformance B, matching the
document information, and an sRGB output intent (the ICC profile shipped in resources/icc).

Deterministic like the rest: the same PDF in gives the same bytes out (the XMP dates come from the
document's own information, which reportlab's `invariant` mode fixes, and the file identifier is derived
from the content).
"""

from __future__ import annotations

import io
import re
from functools import cache

import pikepdf

from klara_assets.paths import resource_path

_PDF_DATE = re.compile(r"D:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})")


@cache
def _srgb() -> bytes:
    return resource_path("icc", "sRGB.icc").read_bytes()


def _iso(pdf_date: str) -> str:
    match = _PDF_DATE.match(pdf_date)
    if not match:
        return "2000-01-01T00:00:00+00:00"
    y, mo, d, h, mi, s = match.groups()
    return f"{y}-{mo}-{d}T{h}:{mi}:{s}+00:00"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _xmp(title: str, author: str, subject: str, producer: str, creator: str, created: str, modified: str) -> bytes:
    return f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{_escape(title)}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>{_escape(author)}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{_escape(subject)}</rdf:li></rdf:Alt></dc:description>
   <xmp:CreateDate>{created}</xmp:CreateDate>
   <xmp:ModifyDate>{modified}</xmp:ModifyDate>
   <xmp:MetadataDate>{modified}</xmp:MetadataDate>
   <xmp:CreatorTool>{_escape(creator)}</xmp:CreatorTool>
   <pdf:Producer>{_escape(producer)}</pdf:Producer>
   <pdfaid:part>2</pdfaid:part>
   <pdfaid:conformance>B</pdfaid:conformance>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>""".encode()


def to_pdfa(data: bytes) -> bytes:
    """`data` (a reportlab PDF with embedded fonts) as PDF/A-2b: XMP metadata and an sRGB output intent."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        info = pdf.docinfo
        fields = {key: str(info.get(f"/{key}", "")) for key in ("Title", "Author", "Subject", "Producer", "Creator")}
        created = _iso(str(info.get("/CreationDate", "")))
        modified = _iso(str(info.get("/ModDate", info.get("/CreationDate", ""))))
        xmp = _xmp(
            fields["Title"],
            fields["Author"],
            fields["Subject"],
            fields["Producer"],
            fields["Creator"],
            created,
            modified,
        )
        metadata = pdf.make_stream(xmp)
        metadata["/Type"] = pikepdf.Name.Metadata
        metadata["/Subtype"] = pikepdf.Name.XML
        pdf.Root.Metadata = metadata
        icc = pdf.make_stream(_srgb())
        icc["/N"] = 3
        intent = pikepdf.Dictionary(
            Type=pikepdf.Name.OutputIntent,
            S=pikepdf.Name.GTS_PDFA1,
            OutputConditionIdentifier=pikepdf.String("sRGB IEC61966-2.1"),
            Info=pikepdf.String("sRGB IEC61966-2.1"),
            DestOutputProfile=icc,
        )
        pdf.Root.OutputIntents = pikepdf.Array([intent])
        out = io.BytesIO()
        pdf.save(out, deterministic_id=True, fix_metadata_version=False, linearize=False)
    return out.getvalue()
