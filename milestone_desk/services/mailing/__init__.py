"""Email: SMTP settings, building and sending messages, the outbox, reminders and statements through
it."""
