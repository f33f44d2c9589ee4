"""Files in and out: the milestone-desk/1 JSON, CSV, accounting files and e-invoices."""
