"""The credit note PDF: a numbered correction of an issued invoice, applied or refunded.

The same look as the invoice (``layout``): embedded fonts with per-character fallback, every user
string escaped, "Page X of Y"; the same document always gives the same bytes (``invariant=1``).
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from milestone_desk.documents.fit import money_cell, need, split_box
from milestone_desk.documents.fonts import markup
from milestone_desk.documents.layout import (
    ACCENT,
    ACCENT_LIGHT,
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
from milestone_desk.documents.model import CreditNoteDocument
from milestone_desk.documents.wording import Words


def _header(doc: CreditNoteDocument, st: Styles, width: float) -> Table:
    w = Words(doc.locale)
    rows = [
        (w("Number"), doc.number),
        (w("Date"), w.date(doc.issue_date)),
        (w("Original invoice"), doc.invoice_number),
    ]
    if doc.invoice_date is not None:
        rows.append((w("Invoice date"), w.date(doc.invoice_date)))
    right: list[Flowable] = [
        Paragraph(escape(w("CREDIT NOTE")), st.title),
        Paragraph(escape(w("REFUNDED" if doc.refunded else "APPLIED TO YOUR ACCOUNT")), st.paid_accent),
        Spacer(1, 6),
        meta_table(rows, st, width * 0.42),
    ]
    return header_table(doc.company, right, st, width)


def _line(doc: CreditNoteDocument, st: Styles, width: float) -> Table:
    cur = doc.currency
    w = Words(doc.locale)
    money = w.money
    data: list[list[Flowable]] = [
        [
            Paragraph(escape(w("DESCRIPTION")), st.th),
            Paragraph(f"{escape(w('AMOUNT'))} ({markup(cur)})", st.th_right),
        ],
        [
            para(w("Credit on invoice {0} (reason above)", doc.invoice_number), st.body),
            money_cell(money(-doc.amount, cur), st.right),
        ],
        [
            para(w("Total of this credit note"), st.right_bold),
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
    w = Words(doc.locale)
    money = w.money
    data: list[list[Flowable]] = [
        [Paragraph(escape_label(w("Invoice account")), st.label), Paragraph("", st.body)]
    ]
    data += [[para(w(k), st.body), money_cell(money(v, cur), st.right)] for k, v in account_rows(doc)]
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
    st = styles()
    w = Words(doc.locale)
    width = content_width(doc.company.page_size)
    if doc.refunded:
        closing = w(
            "{0} is paid back to you; the balance of invoice {1} is unchanged by this note.",
            w.money(doc.amount, doc.currency, symbol=True),
            doc.invoice_number,
        )
    else:
        closing = w("This credit is applied to invoice {0}; no payment is needed for it.", doc.invoice_number)
    story: list[Flowable] = [
        _header(doc, st, width),
        Spacer(1, 16),
        parties_table(w("Credit to"), doc.client, doc.site, st, width, w("Job site")),
        Spacer(1, 14),
        KeepTogether(labelled(w("Reason"), doc.reason, st)),
        Spacer(1, 10),
        _line(doc, st, width),
        Spacer(1, 16),
        KeepTogether([_account(doc, st, width), Spacer(1, 18), para(closing, st.small)]),
    ]
    return build(
        story,
        size=doc.company.page_size,
        title=w("Credit note {0}", doc.number),
        author=doc.company.name,
        footer=f"{doc.company.name}  ·  {w('Credit note {0}', doc.number)}  ·  {w('Invoice {0}', doc.invoice_number)}",
        page_label=w("Page {0} of {1}"),
        issued=doc.issue_date,
        lang=doc.locale,
        running=f"{w('Credit note {0}', doc.number)}  ·  {doc.client.name}",
    )
