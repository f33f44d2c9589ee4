"""Collections: what clients owe (receivables, aging, statements, ledgers), reminders, late fees and
the report PDFs."""
