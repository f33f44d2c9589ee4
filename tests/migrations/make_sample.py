"""Write tests/migrations/<REV>.mdesk: the sample company at head, taken down to REV.

Usage: .venv/bin/python tests/migrations/make_sample.py REV
Frozen PDFs are replaced by a short stand-in to keep the file small; the file is set to journal
mode DELETE and vacuumed. Run it when a revision is released, before the next one is added.
"""

from __future__ import annotations

import shutil
import sqlite3
import sys
import tempfile
from datetime import date
from pathlib import Path

from milestone_desk.persistence import schema
from milestone_desk.services.billing import documents
from milestone_desk.services.core.books import Books
from milestone_desk.services.setup.demo import write_demo


def make(revision: str) -> Path:
    documents.render_invoice = lambda doc: b"%PDF-1.4 sample"  # type: ignore[assignment]
    documents.render_receipt = lambda doc: b"%PDF-1.4 sample"  # type: ignore[assignment]
    work = Path(tempfile.mkdtemp()) / "sample.mdesk"
    write_demo(work, date(2026, 11, 26))
    if revision != schema.HEAD:
        with Books.open(work) as books:
            schema.migrate(books.engine, revision, down=True)
    con = sqlite3.connect(work)
    con.execute("PRAGMA journal_mode=DELETE")
    con.execute("VACUUM")
    con.close()
    out = Path(__file__).parent / f"{revision}.mdesk"
    shutil.copyfile(work, out)
    out.chmod(0o600)
    return out


if __name__ == "__main__":
    print(make(sys.argv[1]))
