"""Read-only query helpers: they read the books and never write."""
