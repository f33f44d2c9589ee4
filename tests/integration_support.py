"""Helpers for the main-window integration tests: the sample company in a window at a fixed date."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog

from milestone_desk.services.setup import demo
from milestone_desk.ui.main_window import MainWindow
from tests.ui_support import TODAY, Script, open_window


class FakePrintDialog:
    """The system print dialog, faked: accepts, and prints to a PDF file."""

    def __init__(self, printer: QPrinter, out: Path) -> None:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))

    def exec(self) -> QDialog.DialogCode:
        return QDialog.DialogCode.Accepted


def sample_window(qtbot: Any, tmp_path: Path) -> tuple[MainWindow, Script]:
    path = tmp_path / "sample.mdesk"
    demo.write_demo(path, today=TODAY)
    return open_window(qtbot, path, tmp_path)


def select_invoice(window: MainWindow, project: str, number: str) -> None:
    assert window.projects_pane.select_code(project)
    window.invoices_pane.select_number(number)
    inv = window.invoices_pane.current()
    assert inv is not None and inv.number == number
    window.update_actions()
