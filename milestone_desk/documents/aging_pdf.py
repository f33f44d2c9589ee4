"""AR aging PDF: per-client buckets and total, credit apart, then the open invoices behind them."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from milestone_desk.documents.report_common import HEADING, SMALL, build, day, grid, header_block, money, para
from milestone_desk.services.aging import BUCKET_LABELS, BUCKETS, AgingReport


def render_aging(report: AgingReport, *, page_size: str = "letter") -> bytes:
    c = report.currency
    facts = [f"As of {day(report.as_of)}", f"Currency {c}", "Days past due count from each due date"]
    story: list[Flowable] = [
        header_block(report.company_name, [], "Receivables aging", facts, width=247 * mm),
        Spacer(1, 5 * mm),
    ]
    head: list[object] = ["Client", "Name", *(BUCKET_LABELS[b] for b in BUCKETS), "Total", "Credit"]
    rows: list[list[object]] = [head]
    for r in report.rows:
        rows.append(
            [
                r.client_code,
                para(r.client_name),
                *(money(r.buckets[b], c) for b in BUCKETS),
                money(r.total, c),
                money(r.credit, c),
            ]
        )
    t = report.total
    rows.append(
        ["", "Total", *(money(t.buckets[b], c) for b in BUCKETS), money(t.total, c), money(t.credit, c)]
    )
    widths = [20 * mm, 47 * mm] + [24 * mm] * 5 + [30 * mm, 30 * mm]
    story.append(grid(rows, widths, numeric_from=2, total_rows=1))
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
                i.client_code,
                para(i.number),
                para(i.project_code),
                day(i.issue_date),
                day(i.due_date),
                str(i.days_past_due) if i.days_past_due > 0 else "",
                BUCKET_LABELS[i.bucket],
                money(i.outstanding, c),
            ]
        )
    rows.append(["", "", "", "", "", "", "Total", money(t.total, c)])
    widths = [22 * mm, 40 * mm, 40 * mm, 28 * mm, 28 * mm, 30 * mm, 28 * mm, 31 * mm]
    story.append(grid(rows, widths, numeric_from=5, total_rows=1))
    return build(
        story,
        title=f"Aging {day(report.as_of)}",
        size=page_size,
        landscape=True,
        footer_text=f"{report.company_name} · receivables aging as of {day(report.as_of)}",
    )
