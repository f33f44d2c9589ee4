"""Completion certificate (one page, photos and signature) and the job-site packet PDFs."""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib.units import inch
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image, KeepInFrame, Paragraph, Spacer, Table, TableStyle

from milestone_desk.documents.field_model import CertificateDocument, PacketDocument
from milestone_desk.documents.formats import long_date, money
from milestone_desk.documents.layout import (
    ACCENT,
    RULE,
    ZEBRA,
    Styles,
    build,
    content_width,
    header_table,
    labelled,
    meta_table,
    page_size,
    para,
)


def _image(data: bytes, max_w: float, max_h: float) -> Image:
    reader = ImageReader(io.BytesIO(data))
    w, h = reader.getSize()
    scale = min(max_w / w, max_h / h)
    return Image(io.BytesIO(data), width=w * scale, height=h * scale)


def _photo_grid(photos: Sequence[bytes], width: float, height: float) -> Table | None:
    if not photos:
        return None
    cols = 1 if len(photos) == 1 else 2 if len(photos) <= 4 else 3
    rows = -(-len(photos) // cols)
    cell_w, cell_h = width / cols, min(height / rows, 3.2 * inch)
    cells: list[list[Flowable | str]] = []
    for r in range(rows):
        row: list[Flowable | str] = []
        for c in range(cols):
            i = r * cols + c
            row.append(_image(photos[i], cell_w - 8, cell_h - 8) if i < len(photos) else "")
        cells.append(row)
    t = Table(cells, colWidths=[cell_w] * cols, rowHeights=[cell_h] * rows)
    t.setStyle(TableStyle([("ALIGN", (0, 0), (-1, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    return t


def render_certificate(doc: CertificateDocument) -> bytes:
    """One page: who accepted the milestone's work, when, where, the photos and the signature."""
    st = Styles()
    size = doc.company.page_size
    width = content_width(size)
    _, page_h = page_size(size)
    meta = meta_table(
        [("Project", doc.project_code), ("Completed", long_date(doc.completed_on))], st, width * 0.42
    )
    right: list[Flowable] = [
        Paragraph("COMPLETION", st.title),
        Paragraph("CERTIFICATE — WORK ACCEPTED ON SITE", st.paid_accent),
        Spacer(1, 6),
        meta,
    ]
    facts = Table(
        [
            [
                labelled("Client", doc.client_name, st, bold_first=True),
                labelled("Project", f"{doc.project_name}\n{doc.project_code}", st, bold_first=True),
            ],
            [
                labelled("Milestone", doc.milestone_name, st, bold_first=True),
                labelled("Site", doc.site_address, st),
            ],
        ],
        colWidths=[width / 2, width / 2],
    )
    facts.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, -1), (-1, -1), 0.5, RULE)])
    )
    statement = (
        f"The work of the milestone “{doc.milestone_name}” was inspected on site and accepted as complete "
        f"on {long_date(doc.completed_on)}."
    )
    story: list[Flowable] = [header_table(doc.company, right, st, width), Spacer(1, 10), facts, Spacer(1, 8)]
    story.append(para(statement, st.body))
    if doc.note:
        story += [Spacer(1, 4), *labelled("Note", doc.note, st)]
    story.append(Spacer(1, 8))
    grid = _photo_grid(doc.photos, width, page_h * 0.36)
    if grid is not None:
        story += [Paragraph("PHOTOS", st.label), grid, Spacer(1, 8)]
    sign: list[Flowable] = []
    if doc.signature_png:
        sign.append(_image(doc.signature_png, width * 0.45, 0.9 * inch))
    sign += [para("Accepted by: " + doc.signed_by, st.bold), para(long_date(doc.completed_on), st.small)]
    where = f"Recorded on device {doc.device}" if doc.device else "Recorded at the office"
    story += [Paragraph("SIGNATURE", st.label), *sign, Spacer(1, 4), para(where, st.small)]
    one_page = KeepInFrame(width, page_h - 1.7 * inch, story, mode="shrink")
    return build(
        [one_page],
        size=size,
        title=f"Certificate of completion {doc.project_code} {doc.milestone_name}",
        author=doc.company.name,
        footer=f"{doc.company.name} · {doc.project_code} · {doc.milestone_name}",
    )


def _table(
    header: Sequence[str], rows: Sequence[Sequence[str]], st: Styles, widths: Sequence[float]
) -> Table:
    cells: list[list[Flowable]] = [[Paragraph(h.upper(), st.th) for h in header]]
    cells += [[para(str(v), st.body) for v in row] for row in rows]
    t = Table(cells, colWidths=list(widths), repeatRows=1)
    t.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, ZEBRA]),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, -1), (-1, -1), 0.5, RULE),
            ]
        )
    )
    return t


def render_packet(doc: PacketDocument) -> bytes:
    """The project's schedule with statuses, open invoices, certificates, change orders and waivers."""
    st = Styles()
    size = doc.company.page_size
    width = content_width(size)
    cur = doc.currency
    meta = meta_table([("Project", doc.project_code), ("As of", long_date(doc.as_of))], st, width * 0.42)
    story: list[Flowable] = [
        header_table(doc.company, [Paragraph("SITE PACKET", st.title), Spacer(1, 6), meta], st, width),
        Spacer(1, 8),
        para(f"{doc.project_name} — {doc.client_name}", st.heading),
        para(doc.site_address, st.body),
        Spacer(1, 10),
    ]

    def section(title: str, header: Sequence[str], rows: Sequence[Sequence[str]], w: Sequence[float]) -> None:
        story.append(Paragraph(title, st.heading))
        story.append(Spacer(1, 3))
        if rows:
            story.append(_table(header, rows, st, [width * x for x in w]))
        else:
            story.append(para("None.", st.small))
        story.append(Spacer(1, 10))

    section(
        "Schedule",
        ("Milestone", "Planned", "Status", "Amount"),
        [(n, d, s.replace("_", " "), money(a, cur)) for n, d, s, a in doc.schedule],
        (0.42, 0.18, 0.18, 0.22),
    )
    section(
        "Open invoices",
        ("Invoice", "Issued", "Due", "Amount due", "Open"),
        [(n, i, d, money(a, cur), money(o, cur)) for n, i, d, a, o in doc.open_invoices],
        (0.24, 0.17, 0.17, 0.21, 0.21),
    )
    section(
        "Completion certificates", ("Milestone", "Date", "Accepted by"), doc.certificates, (0.45, 0.2, 0.35)
    )
    section(
        "Change orders",
        ("No.", "Description", "Amount", "Status"),
        [(n, d, money(a, cur), s) for n, d, a, s in doc.change_orders],
        (0.1, 0.5, 0.22, 0.18),
    )
    section(
        "Lien waivers",
        ("Kind", "Invoice", "Through", "Amount"),
        [(k.replace("_", " "), i, d, money(a, cur)) for k, i, d, a in doc.waivers],
        (0.36, 0.22, 0.2, 0.22),
    )
    return build(
        story,
        size=size,
        title=f"Job-site packet {doc.project_code}",
        author=doc.company.name,
        footer=f"{doc.company.name} · {doc.project_code} · job-site packet",
    )
