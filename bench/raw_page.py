"""The baseline for "issue + PDF": raw reportlab drawing the same invoice page straight onto a canvas.

Same content (every string and figure of the InvoiceDocument the app draws), same embedded fonts
(DejaVu Sans regular and bold, registered once per process as the app does), same page size and
deterministic output, but no platypus layout, no database and no services: the bare library limit.
"""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import letter
from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas

from milestone_desk.documents.fonts import SANS, SANS_BOLD, register_fonts
from milestone_desk.documents.formats import long_date, money
from milestone_desk.documents.model import InvoiceDocument

ACCENT = colors.HexColor("#1F4E79")
LIGHT = colors.HexColor("#EAF1F8")


def raw_invoice(doc: InvoiceDocument) -> bytes:
    register_fonts()
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle(f"Invoice {doc.number}")
    c.setAuthor(doc.company.name)
    w, h = letter
    left, right = 0.75 * inch, w - 0.75 * inch
    cur = doc.currency
    c.setFillColor(ACCENT)
    c.rect(0, h - 0.16 * inch, w, 0.16 * inch, stroke=0, fill=1)
    c.setFillColor(colors.black)
    y = h - 0.9 * inch
    c.setFont(SANS_BOLD, 13)
    c.drawString(left, y, doc.company.name)
    c.setFont(SANS_BOLD, 20)
    c.drawRightString(right, y, "INVOICE")
    c.setFont(SANS, 9)
    for i, line in enumerate(doc.company.address.split("\n")):
        c.drawString(left, y - 14 - 11 * i, line)
    for i, (k, v) in enumerate(
        [
            ("Invoice no.", doc.number),
            ("Issue date", long_date(doc.issue_date)),
            ("Due date", long_date(doc.due_date)),
            ("Terms", doc.terms),
        ]
    ):
        c.drawString(right - 200, y - 24 - 12 * i, k)
        c.drawRightString(right, y - 24 - 12 * i, v)
    y -= 100
    c.setFillColor(LIGHT)
    c.rect(left, y - 60, right - left, 70, stroke=0, fill=1)
    c.setFillColor(colors.black)
    c.setFont(SANS_BOLD, 9)
    c.drawString(left + 9, y, "BILL TO")
    c.drawString((left + right) / 2 + 9, y, "JOB SITE")
    c.setFont(SANS, 9)
    for i, line in enumerate(x for x in (doc.client.name, doc.client.address, doc.client.email) if x):
        c.drawString(left + 9, y - 12 - 11 * i, line)
    site = [f"{doc.site.name} ({doc.site.code})", doc.site.address]
    for i, line in enumerate(site):
        c.drawString((left + right) / 2 + 9, y - 12 - 11 * i, line)
    y -= 90
    c.setFont(SANS_BOLD, 12)
    c.drawString(left, y, doc.milestone)
    y -= 24
    c.setFillColor(ACCENT)
    c.rect(left, y - 4, right - left, 16, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(SANS_BOLD, 8.5)
    c.drawString(left + 6, y, "DESCRIPTION")
    c.drawRightString(right - 6, y, f"AMOUNT ({cur})")
    c.setFillColor(colors.black)
    for line in doc.lines:
        y -= 18
        c.setFont(SANS, 9.5)
        c.drawString(left + 6, y, line.description)
        c.drawRightString(right - 6, y, money(line.amount, cur))
        if line.detail:
            y -= 11
            c.setFont(SANS, 8)
            c.drawString(left + 6, y, line.detail)
    totals = [("Work billed this invoice", doc.gross)]
    if doc.tax:
        totals.append((doc.tax_label, doc.tax))
    if doc.retainage:
        totals.append((doc.retainage_label, -doc.retainage))
    if doc.deposit_applied:
        totals.append(("Less deposit applied", -doc.deposit_applied))
    totals.append(("Total of this invoice", doc.total_due))
    c.setFont(SANS, 9.5)
    for label, amount in totals:
        y -= 14
        c.drawRightString(right - 120, y, label)
        c.drawRightString(right - 6, y, money(amount, cur))
    s = doc.summary
    y -= 30
    box = right - (right - left) * 0.6
    c.setFillColor(LIGHT)
    c.rect(box, y - 84, right - box, 96, stroke=0, fill=1)
    c.setFillColor(colors.black)
    for label, value in [
        ("Contract to date", s.contract_to_date),
        ("Billed to date, including this invoice", s.billed_to_date),
        ("Retainage withheld, this invoice", s.retainage_this_invoice),
        ("Retainage withheld to date", s.retainage_to_date),
        ("Previous payments received", s.previous_payments),
        ("Tax, this invoice", s.tax),
    ]:
        c.drawString(box + 9, y, label)
        c.drawRightString(right - 9, y, money(value, cur))
        y -= 14
    c.setFillColor(ACCENT)
    c.rect(box, y - 30, right - box, 28, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(SANS_BOLD, 11)
    c.drawString(box + 9, y - 18, "AMOUNT DUE NOW")
    c.drawRightString(right - 9, y - 18, money(s.amount_due_now, cur, symbol=True))
    c.setFillColor(colors.black)
    c.setFont(SANS, 7.5)
    c.drawString(left, 0.45 * inch, f"{doc.company.name}  ·  Invoice {doc.number}")
    c.drawRightString(right, 0.45 * inch, "Page 1 of 1")
    c.drawString(
        left, y - 60, f"Please quote invoice {doc.number} with your payment. Thank you for your business."
    )
    c.showPage()
    c.save()
    return buf.getvalue()
