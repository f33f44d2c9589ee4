"""Email: SMTP settings, building and sending messages, the outbox."""
