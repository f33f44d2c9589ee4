"""Issue 16: printing sends the PDF itself (CUPS lp): vector, the document's paper size, no scaling."""

from __future__ import annotations

import os
import pwd
import shutil
import sqlite3
import subprocess
import time
from pathlib import Path
from typing import Any

import pypdf
import pytest

from milestone_desk.services.billing import printing
from milestone_desk.services.core.books import Books
from milestone_desk.services.setup.demo import write_demo

FAKE_LP = """#!/bin/sh
# a stand-in for CUPS lp: keeps its arguments and the file it was given
printf '%s\\n' "$@" > "$LP_LOG"
for last; do :; done
cp "$last" "$LP_LOG.pdf"
echo "request id is Fake-7 (1 file(s))"
"""


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo16p") / "demo.mdesk"
    write_demo(path)
    return path


@pytest.fixture
def demo(demo_master: Path, tmp_path: Path) -> Path:
    target = tmp_path / "demo.mdesk"
    con = sqlite3.connect(demo_master)
    con.execute("VACUUM INTO ?", (str(target),))
    con.close()
    return target


@pytest.fixture
def fake_lp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    lp = bin_dir / "lp"
    lp.write_text(FAKE_LP)
    lp.chmod(0o755)
    log = tmp_path / "lp.log"
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("LP_LOG", str(log))
    return log


@pytest.fixture
def system_printer(qapp: Any) -> None:
    """The window hands a PDF to lp only for a real system printer (Qt's native format), which needs a
    running CUPS scheduler with a queue; without one Qt offers print-to-PDF. .ci/run starts one, so CI fails
    instead of skipping."""
    from PySide6.QtPrintSupport import QPrinter

    if QPrinter(QPrinter.PrinterMode.ScreenResolution).outputFormat() != QPrinter.OutputFormat.NativeFormat:
        if os.environ.get("CI"):
            pytest.fail("CI: no system printer; .ci/run starts cupsd with a CUPS-PDF queue named PDF")
        pytest.skip("no system printer here (the CUPS scheduler is not running)")


def test_lp_command_prints_the_pdf_at_its_own_size() -> None:
    cmd = printing.lp_command("/tmp/x.pdf", media="A4", title="Invoice 7", printer="Office", copies=2)
    assert cmd == [
        "lp", "-d", "Office", "-n", "2", "-t", "Invoice 7", "-o", "media=A4",
        "-o", "print-scaling=none", "-o", "fit-to-page=false", "--", "/tmp/x.pdf",
    ]
    with pytest.raises(Exception, match="copies"):
        printing.lp_command("/tmp/x.pdf", media="", title="t", copies=0)


@pytest.mark.skipif(os.name == "nt", reason="CUPS lp")
def test_cli_print_sends_the_frozen_pdf_to_lp(cli: Any, demo: Path, fake_lp: Path, tmp_path: Path) -> None:
    con = sqlite3.connect(demo)
    number, frozen = con.execute("SELECT number, pdf FROM invoices ORDER BY id LIMIT 1").fetchone()
    con.close()
    r = cli("print", str(demo), "--invoice", number, "--printer", "Office", "--copies", "2")
    assert r.code == 0, r.err
    assert "Fake-7" in r.out
    args = fake_lp.read_text().splitlines()
    assert args[:2] == ["-d", "Office"] and "media=Letter" in args and "print-scaling=none" in args
    assert Path(str(fake_lp) + ".pdf").read_bytes() == bytes(frozen)  # the PDF itself, not a bitmap
    # any PDF another command wrote (statement, pay application, waiver …)
    out = tmp_path / "statement.pdf"
    assert cli("statement", str(demo), "C-001", "-o", str(out)).code == 0
    assert cli("print", str(demo), "--pdf", str(out)).code == 0
    assert Path(str(fake_lp) + ".pdf").read_bytes() == out.read_bytes()
    r = cli("print", str(demo), "--pdf", str(tmp_path / "missing.pdf"))
    assert r.code == 2 and "Cannot read" in r.err


def test_without_lp_the_cli_says_so(cli: Any, demo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(printing, "lp_path", lambda: None)
    r = cli("print", str(demo), "--receipt", "RCT-2026-0001")
    assert r.code == 2 and "no 'lp' command" in r.err


@pytest.mark.skipif(os.name == "nt", reason="CUPS lp")
def test_window_print_hands_the_pdf_to_lp(
    qtbot: Any, demo: Path, fake_lp: Path, system_printer: None
) -> None:
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QDialog, QWidget

    from milestone_desk.ui.document_actions import DocumentActions

    class Accept(QDialog):
        def exec(self) -> int:
            return int(QDialog.DialogCode.Accepted)

    parent = QWidget()
    qtbot.addWidget(parent)
    with Books.open(demo, create=False) as books:
        actions = DocumentActions(books, parent)
        actions.printer_factory = lambda: QPrinter(QPrinter.PrinterMode.ScreenResolution)
        actions.print_dialog_factory = lambda p, w: Accept(w)  # type: ignore[assignment,return-value]
        errors: list[str] = []
        actions.show_error = errors.append
        assert actions.print_receipt("RCT-2026-0001") is True, errors
        sent = Path(str(fake_lp) + ".pdf").read_bytes()
        from milestone_desk.services.billing import documents

        assert sent == documents.receipt_pdf(books, "RCT-2026-0001")
    assert "print-scaling=none" in fake_lp.read_text()


def _cups_pdf_ready() -> bool:
    if not shutil.which("lpstat") or not shutil.which("lp"):
        return False
    done = subprocess.run(["lpstat", "-p", "PDF"], capture_output=True, text=True, check=False)
    return done.returncode == 0 and "PDF" in done.stdout


@pytest.mark.slow
@pytest.mark.skipif(
    not _cups_pdf_ready() and not os.environ.get("CI"), reason="no CUPS-PDF printer named PDF on this machine"
)
def test_print_through_cups_pdf_gives_a_vector_page_at_the_document_size(cli: Any, demo: Path) -> None:
    assert _cups_pdf_ready(), "CI: .ci/run starts cupsd with a CUPS-PDF queue named PDF"
    out_dir = Path(pwd.getpwuid(os.getuid()).pw_dir) / "PDF"
    before = set(out_dir.glob("*.pdf")) if out_dir.is_dir() else set()
    r = cli("print", str(demo), "--invoice", "INV-2026-0003", "--printer", "PDF")
    assert r.code == 0, r.err
    deadline = time.monotonic() + 60
    made: list[Path] = []
    while time.monotonic() < deadline and not made:
        time.sleep(0.5)
        made = [p for p in out_dir.glob("*.pdf") if p not in before] if out_dir.is_dir() else []
    assert made, "CUPS-PDF wrote nothing"
    time.sleep(1)
    page = pypdf.PdfReader(made[0]).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (612, 792)
    text = page.extract_text()
    assert "INV-2026-0003" in text  # text, not a picture of text
    assert not page.images  # vector: no bitmap of the page


def test_window_saves_a_paid_invoice_with_its_paid_stamp_and_a_void_one_stamped(
    qtbot: Any, demo: Path, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QWidget

    from milestone_desk.services.billing import voiding
    from milestone_desk.ui.document_actions import DocumentActions

    parent = QWidget()
    qtbot.addWidget(parent)
    con = sqlite3.connect(demo)
    paid = con.execute("SELECT number FROM invoices WHERE status = 'paid' ORDER BY id").fetchone()[0]
    open_one = con.execute("SELECT number FROM invoices WHERE status = 'issued' ORDER BY id").fetchone()[0]
    con.close()
    with Books.open(demo, create=False) as books:
        voiding.void_invoice(books, open_one, "Sent to the wrong client")
        actions = DocumentActions(books, parent)
        out = tmp_path / "paid.pdf"
        actions.ask_save_path = lambda suggested: str(out)
        assert actions.save_paid_invoice_pdf(paid) == out
        text = pypdf.PdfReader(out).pages[0].extract_text()
        assert "PAID" in text and "Receipt RCT-" in text
        void_out = tmp_path / "void.pdf"
        actions.ask_save_path = lambda suggested: str(void_out)
        assert actions.save_pdf(open_one) == void_out
        text = pypdf.PdfReader(void_out).pages[0].extract_text()
        assert "VOID" in text and "Sent to the wrong client" in text


@pytest.mark.skipif(os.name == "nt", reason="CUPS lp")
def test_the_statement_dialog_prints_the_statement_pdf(
    qtbot: Any, demo: Path, fake_lp: Path, system_printer: None
) -> None:
    import datetime

    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QDialog

    from milestone_desk.services.firm import projects
    from milestone_desk.ui.document_actions import DocumentActions
    from milestone_desk.ui.statement_dialog import StatementDialog

    class Accept(QDialog):
        def exec(self) -> int:
            return int(QDialog.DialogCode.Accepted)

    with Books.open(demo, create=False) as books:
        clients = projects.list_clients(books)
        dialog = StatementDialog(books, clients, datetime.date(2026, 12, 4), lambda name: "")
        qtbot.addWidget(dialog)
        actions = DocumentActions(books, dialog)
        actions.printer_factory = lambda: QPrinter(QPrinter.PrinterMode.ScreenResolution)
        actions.print_dialog_factory = lambda p, w: Accept(w)  # type: ignore[assignment,return-value]
        dialog.document_actions = actions
        assert dialog.print_button.isEnabled()
        assert dialog.print_pdf() is True, dialog.error.text()
    sent = pypdf.PdfReader(Path(str(fake_lp) + ".pdf")).pages[0].extract_text()
    assert "STATEMENT" in sent
