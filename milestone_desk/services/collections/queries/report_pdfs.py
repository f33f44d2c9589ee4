"""The report PDFs (aging, client statement, project ledger): the one place the command line, the
window and the outbox turn a report into PDF bytes. The renderers are imported when a PDF is asked
for, so a command that prints text never loads reportlab."""

from __future__ import annotations

from datetime import date

from milestone_desk.domain.reports import AgingReport, ProjectLedger, Statement
from milestone_desk.services.collections.queries import aging, project_ledger, statements
from milestone_desk.services.core.books import Books


def aging_pdf(report: AgingReport) -> bytes:
    from milestone_desk.documents.aging_pdf import render_aging

    return render_aging(report)


def ledger_pdf(led: ProjectLedger) -> bytes:
    from milestone_desk.documents.ledger_pdf import render_ledger

    return render_ledger(led)


def statement_pdf(stmt: Statement, style: str = "both") -> bytes:
    from milestone_desk.documents.statement_pdf import render_statement

    return render_statement(stmt, style=style)


def aging_report_pdf(books: Books, as_of: date | None = None) -> tuple[AgingReport, bytes]:
    report = aging.aging(books, as_of)
    return report, aging_pdf(report)


def ledger_report_pdf(books: Books, project_code: str) -> tuple[ProjectLedger, bytes]:
    led = project_ledger.project_ledger(books, project_code)
    return led, ledger_pdf(led)


def statement_report_pdf(
    books: Books, client_code: str, date_from: date | None, date_to: date | None, style: str = "both"
) -> tuple[Statement, bytes]:
    stmt = statements.statement(books, client_code, date_from, date_to)
    return stmt, statement_pdf(stmt, style)
