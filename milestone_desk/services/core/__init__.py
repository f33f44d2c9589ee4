"""What every package of services/ stands on, and that imports none of them: opening the books, the
audit trail and its seal, frozen documents, lookups, plain rows and DTOs, settings, document
numbers, the field-copy marker, the documents' company and locale."""
