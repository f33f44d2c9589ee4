"""The milestone invoice PDF."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import inch
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table, TableStyle

from milestone_desk.documents import payment_qr
from milestone_desk.documents.fit import money_cell, need, split_box
from milestone_desk.documents.fonts import markup
from milestone_desk.documents.layout import (
    ACCENT,
    ACCENT_LIGHT,
    RULE,
    ZEBRA,
    Paragraph,
    Styles,
    build,
    content_width,
    escape_label,
    header_table,
    labelled,
    meta_table,
    para,
    parties_table,
    styles,
)
from milestone_desk.documents.model import InvoiceDocument
from milestone_desk.documents.wording import Words

#: kind → (subtitle under "INVOICE", label over what is billed, total line of the work)
WORDING = {
    "milestone": ("", "Milestone billed", "Work billed this invoice"),
    "progress": ("PROGRESS BILLING", "Progress billing", "Work billed this period"),
    "release": ("RETAINAGE RELEASE", "Retainage released", "Retainage released"),
    "deposit": ("DEPOSIT INVOICE", "Deposit", "Deposit (advance on the contract)"),
    "late_fee": ("LATE FEE", "Late fee", "Late fee"),
}


def _wording(doc: InvoiceDocument) -> tuple[str, str, str]:
    w = Words(doc.locale)
    return tuple(w(x) if x else x for x in WORDING.get(doc.kind, WORDING["milestone"]))  # type: ignore[return-value]


def _header(doc: InvoiceDocument, st: Styles, width: float) -> Table:
    w = Words(doc.locale)
    rows = [
        (w("Invoice no."), doc.number),
        (w("Issue date"), w.date(doc.issue_date)),
        (w("Due date"), w.date(doc.due_date)),
        (w("Terms"), doc.terms),
    ]
    if doc.po_number:
        rows.append((w("PO number"), doc.po_number))
    if doc.reference and doc.kind == "progress":
        rows.append((w("Pay application"), doc.reference))
    if doc.reference and doc.kind == "late_fee":
        rows.append((w("Charged on"), doc.reference))
    meta = meta_table(rows, st, width * 0.42)
    right: list[Flowable] = [Paragraph(escape(w("INVOICE")), st.title)]
    subtitle = _wording(doc)[0]
    if subtitle:
        right.append(Paragraph(subtitle, st.paid_accent))
    right += [Spacer(1, 6), meta]
    return header_table(doc.company, right, st, width)


def _lines(doc: InvoiceDocument, st: Styles, width: float) -> Table:
    cur = doc.currency
    w = Words(doc.locale)
    money = w.money
    data: list[list[Flowable | str]] = [
        [
            Paragraph(escape(w("DESCRIPTION")), st.th),
            Paragraph(f"{escape(w('AMOUNT'))} ({markup(cur)})", st.th_right),
        ]
    ]
    for line in doc.lines:
        cell: list[Flowable] = [para(line.description, st.body)]
        if line.detail:
            cell.append(para(line.detail, st.small))
        data.append([cell, money_cell(money(line.amount, cur), st.right)])
    n_items = len(data)
    totals: list[tuple[str, int, bool]] = [(_wording(doc)[2], doc.gross, False)]
    if doc.tax:
        totals.append((doc.tax_label, doc.tax, False))
    if doc.retainage:
        totals.append((doc.retainage_label, -doc.retainage, False))
    if doc.deposit_applied:
        totals.append((w("Less deposit applied"), -doc.deposit_applied, False))
    totals.append((w("Total of this invoice"), doc.total_due, True))
    for label, amount, strong in totals:
        style = st.right_bold if strong else st.right
        data.append([para(label, style), money_cell(money(amount, cur), style)])
    texts = [money(line.amount, cur) for line in doc.lines] + [money(a, cur) for _l, a, _s in totals]
    amount_w = max(width * 0.25, need(texts, st.right_bold, 12))
    t = Table(data, colWidths=[width - amount_w, amount_w], repeatRows=1)
    commands: list[tuple[object, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LINEBELOW", (0, 1), (-1, n_items - 1), 0.4, RULE),
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT),
        ("TOPPADDING", (0, n_items), (-1, -1), 2),
        ("BOTTOMPADDING", (0, n_items), (-1, -1), 2),
        ("TOPPADDING", (0, n_items), (-1, n_items), 8),
        ("TOPPADDING", (0, -1), (-1, -1), 5),
    ]
    for row in range(1, n_items):
        if row % 2 == 0:
            commands.append(("BACKGROUND", (0, row), (-1, row), ZEBRA))
    t.setStyle(TableStyle(commands))
    return t


def summary_rows(doc: InvoiceDocument) -> list[tuple[str, int]]:
    """The project account block, worded for the kind of invoice (read back by the tests)."""
    s = doc.summary
    contract: list[tuple[str, int]] = []
    if s.change_orders:
        contract += [
            ("Original contract sum", s.original_contract),
            ("Approved change orders", s.change_orders),
        ]
    contract.append(("Contract to date" + (", with changes" if s.change_orders else ""), s.contract_to_date))
    rows: list[tuple[str, int]]
    if doc.kind == "late_fee":
        rows = [("Late fee, this invoice", doc.gross)]
    elif doc.kind == "release":
        rows = [
            *contract,
            ("Billed to date", s.billed_to_date),
            ("Retainage withheld to date", s.retainage_to_date),
            ("Retainage released by this invoice", doc.gross),
            ("Previous payments received", s.previous_payments),
        ]
    elif doc.kind == "deposit":
        rows = [
            *contract,
            ("Deposit invoiced (an advance, deducted from later invoices)", doc.gross),
            ("Previous payments received", s.previous_payments),
        ]
    else:
        rows = [*contract, ("Billed to date, including this invoice", s.billed_to_date)]
        if s.deposit_applied or s.deposit_applied_to_date:
            rows += [
                ("Deposit applied, this invoice", s.deposit_applied),
                ("Deposit applied to date", s.deposit_applied_to_date),
            ]
        rows += [
            ("Retainage withheld, this invoice", s.retainage_this_invoice),
            ("Retainage withheld to date", s.retainage_to_date),
            ("Previous payments received", s.previous_payments),
            ("Tax, this invoice", s.tax),
        ]
    if doc.kind in ("late_fee", "release", "deposit") and s.tax:
        rows.append(("Tax, this invoice", s.tax))
    if s.credits:
        rows.append(("Credit notes applied to this invoice", s.credits))
    return rows


def _summary(doc: InvoiceDocument, st: Styles, width: float, column: float | None = None) -> Flowable:
    """The project account and the amount due; ``column`` is the width it has beside payment codes."""
    cur = doc.currency
    s = doc.summary
    w = Words(doc.locale)
    money = w.money
    rows = [(w(k), v) for k, v in summary_rows(doc)]
    data: list[list[Flowable]] = [
        [Paragraph(escape_label(w("Project account")), st.label), Paragraph("", st.body)]
    ]
    data += [[para(k, st.body), money_cell(money(v, cur), st.right)] for k, v in rows]
    data.append(
        [
            Paragraph(
                f"{escape(w('AMOUNT DUE NOW'))}<br/><font size='8'>{markup(w('by {0}', w.date(doc.due_date)))}</font>",
                st.due_label,
            ),
            money_cell(money(s.amount_due_now, cur, symbol=True), st.due_amount),
        ]
    )
    amount_need = max(
        need([money(v, cur) for _k, v in rows], st.right, 18),
        need([money(s.amount_due_now, cur, symbol=True)], st.due_amount, 18),
    )
    _box, label_w, amount_w = split_box(column or width * 0.64, column or width, amount_need)
    t = Table(data, colWidths=[label_w, amount_w], hAlign="RIGHT")
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BACKGROUND", (0, 0), (-1, -2), ACCENT_LIGHT),
                ("LINEBELOW", (0, 1), (-1, -3), 0.4, colors.white),
                ("BACKGROUND", (0, -1), (-1, -1), ACCENT),
                ("TOPPADDING", (0, -1), (-1, -1), 9),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 10),
                ("LEFTPADDING", (0, 0), (-1, -1), 9),
                ("RIGHTPADDING", (0, 0), (-1, -1), 9),
            ]
        )
    )
    return t


def _footer_notes(doc: InvoiceDocument, st: Styles) -> list[list[Flowable]]:
    """Blocks that each stay on one page; the closing words ride with the last block."""
    w = Words(doc.locale)
    blocks: list[list[Flowable]] = []
    if doc.payment_instructions:
        blocks.append([*labelled(w("How to pay"), doc.payment_instructions, st), Spacer(1, 10)])
    if doc.notes:
        blocks.append([*labelled(w("Notes"), doc.notes, st), Spacer(1, 10)])
    closing = (
        w("This is a draft for review; the invoice number is assigned when it is issued.")
        if doc.draft
        else w("Please quote invoice {0} with your payment. Thank you for your business.", doc.number)
    )
    if blocks:
        blocks[-1].append(para(closing, st.small))
    else:
        blocks.append([para(closing, st.small)])
    return blocks


def render_invoice(doc: InvoiceDocument) -> bytes:
    """The invoice as PDF bytes; the same document always gives the same bytes."""
    st = styles()
    w = Words(doc.locale)
    width = content_width(doc.company.page_size)
    milestone = [Paragraph(escape_label(_wording(doc)[1]), st.label), para(doc.milestone, st.heading)]
    if doc.milestone_description:
        milestone.append(para(doc.milestone_description, st.body))
    notes = _footer_notes(doc, st)
    story: list[Flowable] = [
        _header(doc, st, width),
        Spacer(1, 16),
        parties_table(w("Bill to"), doc.client, doc.site, st, width, w("Job site")),
        Spacer(1, 14),
        KeepTogether(milestone),
        Spacer(1, 8),
        _lines(doc, st, width),
        Spacer(1, 16),
        CondPageBreak(2.4 * inch),
        # the amount due never stands alone: the first block of notes keeps it company
        KeepTogether(
            [
                payment_qr.beside(
                    _summary(doc, st, width, payment_qr.SUMMARY_SHARE * width if doc.payment_codes else None),
                    doc.payment_codes,
                    st,
                    width,
                ),
                Spacer(1, 18),
                *notes[0],
            ]
        ),
        *[KeepTogether(block) for block in notes[1:]],
    ]
    return build(
        story,
        size=doc.company.page_size,
        title=w("Invoice {0}", doc.number),
        author=doc.company.name,
        footer=f"{doc.company.name}  ·  {w('Invoice {0}', doc.number)}",
        draft=doc.draft,
        page_label=w("Page {0} of {1}"),
        issued=None if getattr(doc, "draft", False) else doc.issue_date,
        lang=doc.locale,
        running=f"{w('Invoice {0}', doc.number)}  ·  {doc.client.name}",
    )
