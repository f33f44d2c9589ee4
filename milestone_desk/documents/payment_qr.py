"""Payment QR codes drawn on an invoice: EPC/GiroCode, Swiss QR code (qrbill's payload), pay-online link.

The codes are drawn as vector squares from segno's module matrix (no image library, the same
bytes every time). ``block`` is the one hook the invoice layout calls; it draws nothing when the
document has no codes, so invoices without bank details render exactly as before.
"""

from __future__ import annotations

from typing import Any

from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib import colors
from reportlab.platypus import Flowable, Table, TableStyle

from milestone_desk.documents.layout import Paragraph, Styles, escape_label, para
from milestone_desk.domain.payment_codes import PaymentCode


def swiss_payload(account: str, creditor: dict[str, str], amount: str, currency: str, reference: str) -> str:
    """The Swiss QR-bill data (SPC 0200) as the qrbill package builds and checks it."""
    from qrbill import QRBill

    bill = QRBill(
        account=account,
        creditor=creditor,
        amount=amount,
        currency=currency,
        additional_information=reference,
    )
    data: str = bill.qr_data()
    return data


def qr_drawing(payload: str, size: float, *, error: str = "m", swiss: bool = False) -> Drawing:
    import segno

    code: Any = segno.make(payload, error=error, micro=False, boost_error=False, encoding="utf-8")
    matrix = code.matrix
    n = len(matrix)
    quiet = 4
    unit = size / (n + 2 * quiet)
    d = Drawing(size, size)
    d.add(Rect(0, 0, size, size, fillColor=colors.white, strokeColor=None))
    for y, row in enumerate(matrix):
        x = 0
        while x < n:  # one rectangle per run of dark modules: small files, clean rendering
            if row[x]:
                start = x
                while x < n and row[x]:
                    x += 1
                d.add(
                    Rect(
                        (quiet + start) * unit,
                        size - (quiet + y + 1) * unit,
                        (x - start) * unit,
                        unit,
                        fillColor=colors.black,
                        strokeColor=None,
                        strokeWidth=0,
                    )
                )
            else:
                x += 1
    if swiss:  # the Swiss cross in the middle: 7 mm on the 46 mm code, a white margin around it
        c = size / 2
        half = n * unit * 7 / 46 / 2
        d.add(Rect(c - half, c - half, 2 * half, 2 * half, fillColor=colors.white, strokeColor=None))
        s = half * 0.88
        d.add(Rect(c - s, c - s, 2 * s, 2 * s, fillColor=colors.black, strokeColor=None))
        arm, bar = s * 0.62, s * 0.2
        d.add(Rect(c - bar, c - arm, 2 * bar, 2 * arm, fillColor=colors.white, strokeColor=None))
        d.add(Rect(c - arm, c - bar, 2 * arm, 2 * bar, fillColor=colors.white, strokeColor=None))
    return d


TITLES = {"epc": "Scan to pay (SEPA / GiroCode)", "swiss": "Swiss QR-bill", "link": "Pay online"}


#: The share of the page width the amount-due box keeps beside the payment codes.
SUMMARY_SHARE = 0.66


def beside(summary: Flowable, codes: tuple[PaymentCode, ...], st: Styles, width: float) -> Flowable:
    """The amount-due box with the payment codes stacked to its left; the box alone when there are none."""
    if not codes:
        return summary
    from xml.sax.saxutils import escape, quoteattr

    size = 84.0
    left: list[Flowable] = []
    for code in codes:
        left.append(qr_drawing(code.payload, size, swiss=code.kind == "swiss"))
        left.append(Paragraph(escape_label(TITLES.get(code.kind, "Pay")), st.label))
        left.append(para(code.caption, st.small))
        if code.link:
            left.append(Paragraph(f"<link href={quoteattr(code.link)}>{escape(code.link)}</link>", st.small))
    t = Table([[left, summary]], colWidths=[width * (1 - SUMMARY_SHARE), width * SUMMARY_SHARE])
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, 0), 10),
            ]
        )
    )
    return t
