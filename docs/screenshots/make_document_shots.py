"""Render the sample company's invoice and receipt to PNG for docs/screenshots (needs pdftoppm).

Run: .venv/bin/python docs/screenshots/make_document_shots.py
"""

from __future__ import annotations

import io
import subprocess
import tempfile
from dataclasses import replace
from pathlib import Path

from PIL import Image, ImageDraw

from milestone_desk.documents import render_invoice, render_receipt
from milestone_desk.persistence.models import Invoice, Receipt
from milestone_desk.services.billing import documents
from milestone_desk.services.core.books import Books
from milestone_desk.services.setup.demo import write_demo

HERE = Path(__file__).parent


def sample_logo() -> bytes:
    img = Image.new("RGBA", (360, 360), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle((0, 0, 359, 359), radius=60, fill=(31, 58, 95, 255))
    d.polygon([(60, 180), (180, 70), (300, 180)], fill=(255, 255, 255, 255))
    d.rectangle((95, 180, 265, 290), fill=(255, 255, 255, 255))
    d.rectangle((160, 215, 200, 290), fill=(31, 58, 95, 255))
    out = io.BytesIO()
    img.save(out, format="PNG")
    return out.getvalue()


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "demo.mdesk"
        write_demo(path)
        logo = sample_logo()
        with Books.open(path) as books, books.read() as s:
            inv = s.query(Invoice).filter(Invoice.description == "MEP rough-in").one()
            doc = documents.invoice_document(s, inv)
            pdf = render_invoice(replace(doc, company=replace(doc.company, logo_png=logo)))
            rec = s.query(Receipt).order_by(Receipt.id.desc()).first()
            assert rec is not None
            rdoc = documents.receipt_document(s, rec)
            rpdf = render_receipt(replace(rdoc, company=replace(rdoc.company, logo_png=logo)))
        for name, data in (("invoice", pdf), ("receipt", rpdf)):
            src = Path(tmp) / f"{name}.pdf"
            src.write_bytes(data)
            subprocess.run(
                ["pdftoppm", "-png", "-r", "80", "-singlefile", str(src), str(HERE / name)], check=True
            )
            print(HERE / f"{name}.png")


if __name__ == "__main__":
    main()
