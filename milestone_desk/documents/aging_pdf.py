"""AR aging PDF: per-client buckets and total, credit apart, then the open invoices behind them."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from milestone_desk.documents.formats import money
from milestone_desk.documents.report_common import (
    CELL,
    HEADING,
    SMALL,
    build,
    content_width,
    day,
    grid,
    header_block,
    para,
)
from milestone_desk.domain.reports import BUCKET_LABELS, BUCKETS, AgingReport


def render_aging(report: AgingReport, *, page_size: str | None = None) -> bytes:
    c = report.currency
    size = page_size or (report.company.page_size if report.company is not None else "letter")
    width = content_width(size, landscape=True)
    facts = [f"As of {day(report.as_of)}", f"Currency {c}", "Days past due count from each due date"]
    story: list[Flowable] = [
        header_block(
            report.company_name, [], "RECEIVABLES AGING", facts, width=width, company=report.company
        ),
        Spacer(1, 5 * mm),
    ]
    head: list[object] = ["Client", "Name", *(BUCKET_LABELS[b] for b in BUCKETS), "Total", "Credit"]
    rows: list[list[object]] = [head]
    for r in report.rows:
        rows.append(
            [
                para(r.client_code, CELL),
                para(r.client_name, CELL),
                *(money(r.buckets[b], c) for b in BUCKETS),
                money(r.total, c),
                money(r.credit, c),
            ]
        )
    t = report.total
    rows.append(
        ["", "Total", *(money(t.buckets[b], c) for b in BUCKETS), money(t.total, c), money(t.credit, c)]
    )
    fractions = [0.09, 0.2] + [0.0943] * 5 + [0.121, 0.1175]
    story.append(grid(rows, [f * width for f in fractions], numeric_from=2, total_rows=1))
    story.append(Spacer(1, 2 * mm))
    story.append(
        para(
            f"Open receivables {money(t.total, c)} {c}; unapplied client credit {money(t.credit, c)} {c} "
            "is shown apart and not netted against the buckets.",
            SMALL,
        )
    )
    story.append(para("Open invoices", HEADING))
    rows = [["Client", "Invoice", "Project", "Issued", "Due", "Days past due", "Bucket", "Open"]]
    for i in report.items:
        rows.append(
            [
                para(i.client_code, CELL),
                para(i.number, CELL),
                para(i.project_code, CELL),
                day(i.issue_date),
                day(i.due_date),
                str(i.days_past_due) if i.days_past_due > 0 else "",
                BUCKET_LABELS[i.bucket],
                money(i.outstanding, c),
            ]
        )
    rows.append(["", "", "", "", "", "", "Total", money(t.total, c)])
    fractions = [0.1, 0.16, 0.16, 0.11, 0.11, 0.11, 0.11, 0.14]
    story.append(grid(rows, [f * width for f in fractions], numeric_from=5, total_rows=1))
    return build(
        story,
        title=f"Aging {day(report.as_of)}",
        size=size,
        landscape=True,
        footer_text=f"{report.company_name} · Receivables aging as of {day(report.as_of)}",
        author=report.company_name,
    )
