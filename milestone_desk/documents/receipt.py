"""The payment receipt PDF."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import inch
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from milestone_desk.documents.fit import money_cell, need, split_box, widths_for
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
    styles,
)
from milestone_desk.documents.model import ReceiptDocument
from milestone_desk.documents.wording import Words

METHODS = {
    "check": "Check",
    "ach": "Bank transfer (ACH)",
    "wire": "Wire transfer",
    "card": "Card",
    "cash": "Cash",
}


def _header(doc: ReceiptDocument, st: Styles, width: float) -> Table:
    w = Words(doc.locale)
    rows = [(w("Receipt no."), doc.number), (w("Date"), w.date(doc.date))]
    meta = meta_table(rows, st, width * 0.42)
    right: list[Flowable] = [
        Paragraph(escape(w("RECEIPT")), st.title),
        Paragraph(escape(w("PAYMENT RECEIVED — THANK YOU")), st.paid),
        Spacer(1, 6),
        meta,
    ]
    return header_table(doc.company, right, st, width)


def _received_widths(doc: ReceiptDocument, st: Styles, width: float) -> list[float]:
    words = Words(doc.locale)
    amount = max(width * 0.32, need([words.money(doc.amount, doc.currency, symbol=True)], st.due_amount, 18))
    rest = width - amount
    return [rest * 0.56, rest * 0.44, amount]


def _received(doc: ReceiptDocument, st: Styles, width: float) -> Table:
    payer = "\n".join(x for x in (doc.client.name, doc.client.address) if x)
    w = Words(doc.locale)
    method = w(METHODS[doc.method.lower()]) if doc.method.lower() in METHODS else doc.method
    how = method + ("\n" + w("Reference: {0}", doc.reference) if doc.reference else "")
    amount_cell: list[Flowable] = [
        Paragraph(escape_label(w("Amount received")), st.label_on_dark),
        money_cell(w.money(doc.amount, doc.currency, symbol=True), st.due_amount),
    ]
    t = Table(
        [
            [
                labelled(w("Received from"), payer, st, bold_first=True),
                labelled(w("Payment method"), how, st),
                amount_cell,
            ]
        ],
        colWidths=_received_widths(doc, st, width),
    )
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (1, 0), ZEBRA),
                ("BACKGROUND", (2, 0), (2, 0), ACCENT),
                ("BOX", (0, 0), (-1, -1), 0.5, RULE),
                ("LINEAFTER", (0, 0), (0, 0), 0.5, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
                ("LEFTPADDING", (0, 0), (-1, -1), 9),
                ("RIGHTPADDING", (0, 0), (-1, -1), 9),
            ]
        )
    )
    return t


def _applied(doc: ReceiptDocument, st: Styles, width: float) -> Table:
    cur = doc.currency
    w = Words(doc.locale)
    money = w.money
    data: list[list[Flowable]] = [
        [
            Paragraph(escape(w("INVOICE")), st.th),
            Paragraph(escape(w("FOR")), st.th),
            Paragraph(f"{escape(w('APPLIED'))} ({markup(cur)})", st.th_right),
            Paragraph(escape(w("BALANCE AFTER")), st.th_right),
        ]
    ]
    for a in doc.applied:
        data.append(
            [
                para(a.number, st.body),
                para(a.description, st.body),
                money_cell(money(a.applied, cur), st.right),
                money_cell(money(a.balance_after, cur), st.right),
            ]
        )
    texts = [
        [a.number, a.description, money(a.applied, cur), money(a.balance_after, cur)] for a in doc.applied
    ]
    widths = widths_for(
        [width * 0.22, width * 0.40, width * 0.19, width * 0.19], texts, [2, 3], size=9, padding=12
    )
    t = Table(data, colWidths=widths, repeatRows=1)
    cmds: list[tuple[object, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
    ]
    cmds += [("BACKGROUND", (0, r), (-1, r), ZEBRA) for r in range(2, len(data), 2)]
    t.setStyle(TableStyle(cmds))
    return t


def _balances(doc: ReceiptDocument, st: Styles, width: float) -> Table:
    cur = doc.currency
    w = Words(doc.locale)
    money = w.money
    rows = [(w("Balance still open on these invoices"), doc.remaining_balance)]
    if doc.client_credit:
        rows.append((w("Client credit on account"), doc.client_credit))
    data = [[para(k, st.body), money_cell(money(v, cur), st.right_bold)] for k, v in rows]
    _box, label_w, amount_w = split_box(
        width * 0.62, width, need([money(v, cur) for _k, v in rows], st.right_bold, 18), 0.32
    )
    t = Table(data, colWidths=[label_w, amount_w], hAlign="RIGHT")
    t.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), ACCENT_LIGHT),
                ("LEFTPADDING", (0, 0), (-1, -1), 9),
                ("RIGHTPADDING", (0, 0), (-1, -1), 9),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return t


def render_receipt(doc: ReceiptDocument) -> bytes:
    """The receipt as PDF bytes; the same document always gives the same bytes."""
    st = styles()
    w = Words(doc.locale)
    width = content_width(doc.company.page_size)
    story: list[Flowable] = [
        _header(doc, st, width),
        Spacer(1, 18),
        _received(doc, st, width),
        Spacer(1, 16),
    ]
    if doc.site is not None:
        story += [
            *labelled(w("Project"), f"{doc.site.name} ({doc.site.code})\n{doc.site.address}".strip(), st),
            Spacer(1, 10),
        ]
    story += [
        Paragraph(escape_label(w("Applied to")), st.label),
        Spacer(1, 3),
        _applied(doc, st, width),
        Spacer(1, 12),
        _balances(doc, st, width),
        Spacer(1, 0.3 * inch),
    ]
    if doc.notes:
        story += labelled(w("Notes"), doc.notes, st)
    story.append(
        para(
            w(
                "Thank you — this receipt confirms payment received by {0}. Please keep it for your records.",
                doc.company.name,
            ),
            st.small,
        )
    )
    return build(
        story,
        size=doc.company.page_size,
        title=w("Receipt {0}", doc.number),
        author=doc.company.name,
        footer=f"{doc.company.name}  ·  {w('Receipt {0}', doc.number)}",
        page_label=w("Page {0} of {1}"),
        issued=None if getattr(doc, "draft", False) else doc.date,
        lang=doc.locale,
        running=f"{w('Receipt {0}', doc.number)}  ·  {doc.client.name}",
    )
