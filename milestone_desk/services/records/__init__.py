"""The records as a whole: `check`, a record's history, the journal, backups and the office server."""
