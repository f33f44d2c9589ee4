"""PDF documents (reportlab): invoices, receipts, pay applications, waivers."""
