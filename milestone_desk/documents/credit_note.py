"""The credit note PDF: a numbered correction of an issued invoice, applied or refunded.

The same look as the invoice (``layout``): embedded fonts with per-character fallback, every user
string escaped, "Page X of Y"; the same document always gives the same bytes (``invariant=1``).
"""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from milestone_desk.documents.fit import money_cell, need, split_box
from milestone_desk.documents.fonts import markup
from milestone_desk.documents.formats import long_date, money
from milestone_desk.documents.layout import (
    ACCENT,
    ACCENT_LIGHT,
    Styles,
    build,
    content_width,
    escape_label,
    header_table,
    labelled,
    meta_table,
    para,
    parties_table,
)
from milestone_desk.documents.model import CreditNoteDocument


def _header(doc: CreditNoteDocument, st: Styles, width: float) -> Table:
    rows = [
        ("Number", doc.number),
        ("Date", long_date(doc.issue_date)),
        ("Original invoice", doc.invoice_number),
    ]
    if doc.invoice_date is not None:
        rows.append(("Invoice date", long_date(doc.invoice_date)))
    right: list[Flowable] = [
        Paragraph("CREDIT NOTE", st.title),
        Paragraph("REFUNDED" if doc.refunded else "APPLIED TO YOUR ACCOUNT", st.paid_accent),
        Spacer(1, 6),
        meta_table(rows, st, width * 0.42),
    ]
    return header_table(doc.company, right, st, width)


def _line(doc: CreditNoteDocument, st: Styles, width: float) -> Table:
    cur = doc.currency
    data: list[list[Flowable]] = [
        [Paragraph("DESCRIPTION", st.th), Paragraph(f"AMOUNT ({markup(cur)})", st.th_right)],
        [
            para(f"Credit on invoice {doc.invoice_number} (reason above)", st.body),
            money_cell(money(-doc.amount, cur), st.right),
        ],
        [
            para("Total of this credit note", st.right_bold),
            money_cell(money(-doc.amount, cur), st.right_bold),
        ],
    ]
    amount_w = max(width * 0.25, need([money(-doc.amount, cur)], st.right_bold, 12))
    t = Table(data, colWidths=[width - amount_w, amount_w], repeatRows=1)
    t.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT),
            ]
        )
    )
    return t


def account_rows(doc: CreditNoteDocument) -> list[tuple[str, int]]:
    """The invoice account around this credit note (read back by the tests)."""
    rows = [
        (f"Invoice {doc.invoice_number} total", doc.invoice_total),
        ("Balance before this credit note", doc.balance_before),
        ("Credited by this note", -doc.amount),
    ]
    if doc.refunded:
        rows.append(("Refunded to you", doc.amount))
    return rows


def _account(doc: CreditNoteDocument, st: Styles, width: float) -> Table:
    cur = doc.currency
    data: list[list[Flowable]] = [
        [Paragraph(escape_label("Invoice account"), st.label), Paragraph("", st.body)]
    ]
    data += [[para(k, st.body), money_cell(money(v, cur), st.right)] for k, v in account_rows(doc)]
    data.append(
        [
            Paragraph(
                f"RESULTING BALANCE<br/><font size='8'>on invoice {markup(doc.invoice_number)}</font>",
                st.due_label,
            ),
            money_cell(money(doc.balance_after, cur, symbol=True), st.due_amount),
        ]
    )
    amount_need = max(
        need([money(v, cur) for _k, v in account_rows(doc)], st.right, 18),
        need([money(doc.balance_after, cur, symbol=True)], st.due_amount, 18),
    )
    _box, label_w, amount_w = split_box(width * 0.64, width, amount_need)
    t = Table(data, colWidths=[label_w, amount_w], hAlign="RIGHT")
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BACKGROUND", (0, 0), (-1, -2), ACCENT_LIGHT),
                ("BACKGROUND", (0, -1), (-1, -1), ACCENT),
                ("TOPPADDING", (0, -1), (-1, -1), 9),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 10),
                ("LEFTPADDING", (0, 0), (-1, -1), 9),
                ("RIGHTPADDING", (0, 0), (-1, -1), 9),
            ]
        )
    )
    return t


def render_credit_note(doc: CreditNoteDocument) -> bytes:
    """The credit note as PDF bytes; the same document always gives the same bytes."""
    st = Styles()
    width = content_width(doc.company.page_size)
    if doc.refunded:
        closing = (
            f"{money(doc.amount, doc.currency, symbol=True)} is paid back to you; "
            f"the balance of invoice {doc.invoice_number} is unchanged by this note."
        )
    else:
        closing = f"This credit is applied to invoice {doc.invoice_number}; no payment is needed for it."
    story: list[Flowable] = [
        _header(doc, st, width),
        Spacer(1, 16),
        parties_table("Credit to", doc.client, doc.site, st, width),
        Spacer(1, 14),
        KeepTogether(labelled("Reason", doc.reason, st)),
        Spacer(1, 10),
        _line(doc, st, width),
        Spacer(1, 16),
        KeepTogether([_account(doc, st, width), Spacer(1, 18), para(closing, st.small)]),
    ]
    return build(
        story,
        size=doc.company.page_size,
        title=f"Credit note {doc.number}",
        author=doc.company.name,
        footer=f"{doc.company.name}  ·  Credit note {doc.number}  ·  Invoice {doc.invoice_number}",
    )
