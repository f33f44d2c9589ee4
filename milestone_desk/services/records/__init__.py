"""The books themselves: opening and writing them, the audit trail and its seal, frozen documents, settings, backups and the office server, the journal, and `check`."""
