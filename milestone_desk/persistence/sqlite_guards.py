"""Database-level protection of issued records, as SQLite triggers (DESIGN §6).

The services refuse to edit or delete issued documents; these triggers make the file itself
refuse, so a script or a hand-typed ``sqlite3`` session cannot do it either. SQLite-only SQL
lives here; a migration that rebuilds one of these tables must call ``install`` again.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from milestone_desk.persistence.sqlite import GUARD_PREFIX as PREFIX


def _abort(message: str) -> str:
    return f"SELECT RAISE(ABORT, '{PREFIX}{message}');"


def _changed(columns: tuple[str, ...]) -> str:
    return " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in columns)


def _set_once(columns: tuple[str, ...]) -> str:
    """A column that may be filled once (a stored PDF) but never changed after."""
    return " OR ".join(f"(OLD.{c} IS NOT NULL AND NEW.{c} IS NOT OLD.{c})" for c in columns)


INVOICE_FROZEN = (
    "id",
    "uuid",
    "created_at",
    "project_id",
    "milestone_id",
    "kind",
    "series",
    "number",
    "issue_date",
    "due_date",
    "description",
    "gross_cents",
    "tax_cents",
    "retainage_cents",
    "deposit_applied_cents",
    "amount_due_cents",
)
RECEIPT_FROZEN = ("id", "uuid", "created_at", "payment_id", "number", "issue_date")
CREDIT_FROZEN = (
    "id",
    "uuid",
    "created_at",
    "invoice_id",
    "number",
    "issue_date",
    "amount_cents",
    "reason",
    "kind",
)
PAYMENT_FROZEN = ("id", "uuid", "created_at", "client_id", "date", "amount_cents")
PDF = ("pdf", "pdf_sha256")
WAIVER_FROZEN = (
    "id",
    "uuid",
    "created_at",
    "project_id",
    "kind",
    "invoice_id",
    "payment_id",
    "amount_cents",
    "through_date",
    "issue_date",
)
#: An issued invoice moves only among these (paid back to partly paid when a refund is recorded).
LIVE_STATUSES = "('issued', 'partially_paid', 'paid', 'void')"
#: The issue of an invoice is audited right after its lines are written; from then on they are frozen.
_ISSUED_AND_AUDITED = (
    "(SELECT number FROM invoices WHERE id = NEW.invoice_id) IS NOT NULL AND EXISTS "
    "(SELECT 1 FROM audit_events WHERE entity = 'invoice' AND entity_uuid = "
    "(SELECT uuid FROM invoices WHERE id = NEW.invoice_id))"
)

#: name → (table, timing/event, WHEN condition or "", message)
GUARDS: dict[str, tuple[str, str, str, str]] = {
    "guard_invoices_no_delete": (
        "invoices",
        "BEFORE DELETE",
        "OLD.number IS NOT NULL",
        "an issued invoice cannot be deleted; void it or record a credit note",
    ),
    "guard_invoices_frozen": (
        "invoices",
        "BEFORE UPDATE",
        f"OLD.number IS NOT NULL AND ({_changed(INVOICE_FROZEN)} OR {_set_once(PDF)} "
        "OR (OLD.status = 'void' AND NEW.status IS NOT 'void') "
        "OR (OLD.void_reason IS NOT NULL AND NEW.void_reason IS NOT OLD.void_reason) "
        "OR (OLD.voided_at IS NOT NULL AND NEW.voided_at IS NOT OLD.voided_at))",
        "an issued invoice cannot be edited; record a credit note instead",
    ),
    "guard_invoices_status": (
        "invoices",
        "BEFORE UPDATE OF status",
        f"OLD.number IS NOT NULL AND OLD.status IN {LIVE_STATUSES} AND NEW.status NOT IN {LIVE_STATUSES}",
        "an issued invoice cannot go back to draft",
    ),
    "guard_invoice_lines_no_insert": (
        "invoice_lines",
        "BEFORE INSERT",
        _ISSUED_AND_AUDITED,
        "lines cannot be added to an issued invoice",
    ),
    "guard_invoice_lines_no_update": (
        "invoice_lines",
        "BEFORE UPDATE",
        "(SELECT number FROM invoices WHERE id = OLD.invoice_id) IS NOT NULL",
        "the lines of an issued invoice cannot be edited",
    ),
    "guard_invoice_lines_no_delete": (
        "invoice_lines",
        "BEFORE DELETE",
        "(SELECT number FROM invoices WHERE id = OLD.invoice_id) IS NOT NULL",
        "the lines of an issued invoice cannot be deleted",
    ),
    "guard_receipts_no_delete": ("receipts", "BEFORE DELETE", "", "a receipt cannot be deleted"),
    "guard_receipts_frozen": (
        "receipts",
        "BEFORE UPDATE",
        f"{_changed(RECEIPT_FROZEN)} OR {_set_once(PDF)}",
        "a receipt cannot be edited",
    ),
    "guard_credit_notes_no_delete": ("credit_notes", "BEFORE DELETE", "", "a credit note cannot be deleted"),
    "guard_credit_notes_frozen": (
        "credit_notes",
        "BEFORE UPDATE",
        f"{_changed(CREDIT_FROZEN)} OR {_set_once(PDF)}",
        "a credit note cannot be edited",
    ),
    "guard_payments_no_delete": ("payments", "BEFORE DELETE", "", "a recorded payment cannot be deleted"),
    "guard_payments_frozen": (
        "payments",
        "BEFORE UPDATE",
        _changed(PAYMENT_FROZEN),
        "the amount, date and client of a recorded payment cannot be changed",
    ),
    "guard_payment_applications_no_delete": (
        "payment_applications",
        "BEFORE DELETE",
        "",
        "a payment application cannot be deleted",
    ),
    "guard_payment_applications_no_update": (
        "payment_applications",
        "BEFORE UPDATE",
        "",
        "a payment application cannot be changed",
    ),
    "guard_lien_waivers_no_delete": (
        "lien_waivers",
        "BEFORE DELETE",
        "",
        "an issued lien waiver cannot be deleted",
    ),
    "guard_lien_waivers_frozen": (
        "lien_waivers",
        "BEFORE UPDATE",
        f"{_changed(WAIVER_FROZEN)} OR {_set_once(PDF)}",
        "an issued lien waiver cannot be edited",
    ),
    "guard_audit_head_no_delete": (
        "settings",
        "BEFORE DELETE",
        "OLD.key = 'audit.head'",
        "the head of the audit trail cannot be removed",
    ),
    "guard_audit_head_no_rewind": (
        "settings",
        "BEFORE UPDATE",
        "OLD.key = 'audit.head' AND (NEW.key IS NOT OLD.key "
        "OR CAST(NEW.value AS INTEGER) < CAST(OLD.value AS INTEGER))",
        "the head of the audit trail cannot go back",
    ),
    "guard_audit_events_no_update": (
        "audit_events",
        "BEFORE UPDATE",
        "",
        "the audit trail is append-only",
    ),
    "guard_audit_events_no_delete": (
        "audit_events",
        "BEFORE DELETE",
        "",
        "the audit trail is append-only",
    ),
    "guard_document_numbers_no_update": (
        "document_numbers",
        "BEFORE UPDATE",
        "",
        "a document number that was taken cannot be changed",
    ),
    "guard_document_numbers_no_delete": (
        "document_numbers",
        "BEFORE DELETE",
        "",
        "a document number that was taken cannot be released",
    ),
    "guard_number_counters_no_rewind": (
        "number_counters",
        "BEFORE UPDATE",
        "NEW.next_value < OLD.next_value OR NEW.series IS NOT OLD.series OR NEW.period IS NOT OLD.period",
        "a numbering counter cannot go back",
    ),
    "guard_number_counters_no_delete": (
        "number_counters",
        "BEFORE DELETE",
        "",
        "a numbering counter cannot be deleted",
    ),
    "guard_einvoice_files_no_delete": (
        "einvoice_files",
        "BEFORE DELETE",
        "",
        "a stored e-invoice cannot be deleted",
    ),
    "guard_einvoice_files_frozen": (
        "einvoice_files",
        "BEFORE UPDATE",
        "",
        "a stored e-invoice cannot be changed",
    ),
}


def trigger_sql(name: str) -> str:
    table, timing, when, message = GUARDS[name]
    cond = f" WHEN {when}" if when else ""
    return (
        f"CREATE TRIGGER IF NOT EXISTS {name} {timing} ON {table} FOR EACH ROW{cond} "
        f"BEGIN {_abort(message)} END"
    )


def install(conn: Connection) -> None:
    """Create every guard trigger that is missing (idempotent); SQLite only."""
    if conn.dialect.name != "sqlite":
        return
    tables = {row[0] for row in conn.execute(text("SELECT name FROM sqlite_master WHERE type='table'"))}
    for name, (table, *_rest) in GUARDS.items():
        if table in tables:  # a table a later revision creates gets its guard from that revision
            conn.execute(text(trigger_sql(name)))


def remove(conn: Connection) -> None:
    if conn.dialect.name != "sqlite":
        return
    for name in GUARDS:
        conn.execute(text(f"DROP TRIGGER IF EXISTS {name}"))


def missing(conn: Connection) -> list[str]:
    """Guard triggers absent from the file (a file whose protection was stripped)."""
    if conn.dialect.name != "sqlite":
        return []
    present = {row[0] for row in conn.execute(text("SELECT name FROM sqlite_master WHERE type='trigger'"))}
    return [name for name in GUARDS if name not in present]


def _normal(sql: str) -> str:
    return " ".join(sql.replace("IF NOT EXISTS ", "").split()).rstrip(";")


def altered(conn: Connection) -> list[str]:
    """Guard triggers present but not exactly as ``install`` writes them (a do-nothing look-alike)."""
    if conn.dialect.name != "sqlite":
        return []
    stored = {
        row[0]: row[1] or ""
        for row in conn.execute(text("SELECT name, sql FROM sqlite_master WHERE type='trigger'"))
    }
    return [name for name in GUARDS if name in stored and _normal(stored[name]) != _normal(trigger_sql(name))]


def foreign(conn: Connection) -> list[str]:
    """Triggers in the file that Milestone Desk did not install (they could rewrite what is saved)."""
    if conn.dialect.name != "sqlite":
        return []
    names = [row[0] for row in conn.execute(text("SELECT name FROM sqlite_master WHERE type='trigger'"))]
    return [n for n in names if n not in GUARDS]
