"""The parts every form is built from: page frame, title, fact grid, photo box, signature boxes.

Text is set in :func:`station.documents.fonts.cjk_font` with CJK line breaking, so long Chinese text
wraps inside its cell and never runs off the page; an empty value prints as a clean blank line.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    Image,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from station.documents.fonts import cjk_font

MARGIN = 18 * mm
WIDTH = A4[0] - 2 * MARGIN
GRID = colors.HexColor("#444444")
SHADE = colors.HexColor("#eeeeee")


@dataclass(frozen=True)
class Frame:
    """What every page of a document carries."""

    station: str
    title: str
    number: str  # the document number
    case_number: str
    address: str = ""
    phone: str = ""


def styles() -> dict[str, ParagraphStyle]:
    font = cjk_font().name
    base = ParagraphStyle("base", fontName=font, fontSize=10.5, leading=15, wordWrap="CJK")
    return {
        "base": base,
        "small": ParagraphStyle("small", parent=base, fontSize=9, leading=12),
        "label": ParagraphStyle("label", parent=base, fontSize=10, leading=14),
        "title": ParagraphStyle(
            "title", parent=base, fontSize=20, leading=28, alignment=TA_CENTER, spaceAfter=4 * mm
        ),
        "heading": ParagraphStyle(
            "heading", parent=base, fontSize=12, leading=18, spaceBefore=3 * mm, spaceAfter=1 * mm
        ),
        "big": ParagraphStyle("big", parent=base, fontSize=13, leading=20),
    }


def text(value: object, style: ParagraphStyle) -> Paragraph:
    """A value as a wrapping paragraph; None or empty prints as nothing (a clean blank)."""
    shown = "" if value is None else str(value)
    return Paragraph(escape(shown).replace("\n", "<br/>"), style)


LONG = 300  # characters: a value that may not fit on one page


def facts(rows: Sequence[tuple[str, object, str, object] | tuple[str, object]]) -> Table:
    """A grid of label / value pairs: four columns, or one label and a value across the row."""
    s = styles()
    data = []
    cells: list[tuple[object, ...]] = []  # spans, and the shading of second labels
    for r, row in enumerate(rows):
        if any(len(str(v or "")) > LONG for v in row):  # may split over pages: text from the top
            cells.append(("VALIGN", (0, r), (3, r), "TOP"))
        if len(row) == 2:
            data.append([text(row[0], s["label"]), text(row[1], s["base"]), "", ""])
            cells.append(("SPAN", (1, r), (3, r)))
        else:
            cells.append(("BACKGROUND", (2, r), (2, r), SHADE))  # the second label's cell
            a, b, c, d = row  # type: ignore[misc]
            data.append([text(a, s["label"]), text(b, s["base"]), text(c, s["label"]),
                         text(d, s["base"])])  # fmt: skip
    widths = [26 * mm, WIDTH / 2 - 26 * mm, 26 * mm, WIDTH / 2 - 26 * mm]
    table = Table(data, colWidths=widths, splitInRow=1)  # a long text continues on the next page
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.6, GRID),
                ("BACKGROUND", (0, 0), (0, -1), SHADE),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                *cells,
            ]
        )
    )
    return table


def rows_table(headers: Sequence[str], rows: Sequence[Sequence[object]], widths: Sequence[float],
               min_rows: int = 0) -> Table:  # fmt: skip
    """A list with a header row; padded with empty rows up to ``min_rows`` for hand entries."""
    s = styles()
    data: list[list[object]] = [[text(h, s["label"]) for h in headers]]
    data += [[text(v, s["small"]) for v in row] for row in rows]
    long_rows = [("VALIGN", (0, r), (-1, r), "TOP") for r, row in enumerate(rows, start=1)
                 if any(len(str(v or "")) > LONG for v in row)]  # fmt: skip
    while len(data) - 1 < min_rows:
        data.append([""] * len(headers))
    table = Table(data, colWidths=list(widths), repeatRows=1, rowHeights=None, splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.6, GRID),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("MINROWHEIGHT", (0, 1), (-1, -1), 8 * mm),
                *long_rows,
            ]
        )
    )
    return table


def photo(path: Path | None, width: float, height: float, warn: Callable[[str], None]) -> Flowable:
    """The photo fitted in a box; a box saying why when there is none or it cannot be read."""
    if path is not None:
        try:
            from PIL import Image as PILImage
            from PIL import ImageOps

            side = int(max(width, height) / mm * 300 / 25.4)  # 300 dpi in the box: enough to print
            data = path.read_bytes()
            # A stored photo is named by its content's hash: one that no longer matches (a bad
            # disk, a file replaced) is not printed as this person's face.
            if len(path.stem) == 64 and hashlib.sha256(data).hexdigest() != path.stem:
                raise ValueError(f"{path.name}: content does not match its hash")
            with PILImage.open(io.BytesIO(data)) as im:
                im.draft("RGB", (side, side))  # a JPEG decodes at a fraction of its size: fast
                im = ImageOps.exif_transpose(im).convert("RGB")
                im.thumbnail((side, side))
                buffer = io.BytesIO()
                im.save(buffer, "JPEG", quality=88)
                w, h = im.size
            scale = min(width / w, height / h)
            buffer.seek(0)
            return Image(buffer, width=w * scale, height=h * scale)
        except (OSError, ValueError):
            warn(path.name)
    box = Table([[text("（照片）" if path is None else "（照片无法读取）", styles()["base"])]],
                colWidths=[width], rowHeights=[height])  # fmt: skip
    box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.8, GRID),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    return box


def signatures(parties: Sequence[str], *, seal: bool = False, fingerprint: bool = False) -> Table:
    """One box per signing party: signature and date; a seal space for every party (institutions)
    or a fingerprint space for the first (the person or their relative)."""
    s = styles()
    cells = []
    for index, party in enumerate(parties):
        lines = [f"{party}（签名）：", "", "日期：　　　　年　　月　　日"]
        if seal:
            lines.insert(2, "（盖章）")
        if fingerprint and index == 0:
            lines.insert(2, "（按手印）")
        cells.append(text("\n".join(lines), s["base"]))
    width = WIDTH / len(parties)
    table = Table([cells], colWidths=[width] * len(parties), rowHeights=[34 * mm])
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.6, GRID),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table


def heading(value: str) -> Paragraph:
    return text(value, styles()["heading"])


def gap(height_mm: float = 4) -> Spacer:
    return Spacer(1, height_mm * mm)


@dataclass(frozen=True)
class Rendered:
    pdf: bytes
    pages: int


def build(frame: Frame, story: list[Flowable]) -> Rendered:
    """Lay the story out on A4 pages with the header and footer of ``frame``."""
    font = cjk_font().name
    buffer = io.BytesIO()

    def decorate(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(font, 9)
        top = A4[1] - 11 * mm
        canvas.drawString(MARGIN, top, frame.station)
        canvas.drawRightString(
            A4[0] - MARGIN, top, f"文书编号：{frame.number}　　案件编号：{frame.case_number}"
        )
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, top - 2 * mm, A4[0] - MARGIN, top - 2 * mm)
        contact = "　".join(x for x in (frame.address, frame.phone and f"电话：{frame.phone}") if x)
        canvas.drawString(MARGIN, 10 * mm, contact)
        canvas.drawRightString(A4[0] - MARGIN, 10 * mm, f"第 {doc.page} 页")
        canvas.restoreState()

    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + 4 * mm,
        bottomMargin=MARGIN,
        title=f"{frame.title} {frame.number}",
        author=frame.station,
        subject=frame.case_number,
        creator="Station",
    )
    doc.build(
        [text(frame.title, styles()["title"]), *story],
        onFirstPage=decorate,
        onLaterPages=decorate,
    )
    return Rendered(buffer.getvalue(), doc.page)
