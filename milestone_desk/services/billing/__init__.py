"""Billing: issuing invoices, payments and receipts, credit notes, voiding, document numbers and the
documents themselves."""
