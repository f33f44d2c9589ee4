<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Accounting</name>
    <message>
        <source>QuickBooks Desktop (IIF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickBooks Online (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts receivable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retainage receivable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undeposited funds / bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue: contract work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue: change orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue: late fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit notes and refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales tax payable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer deposits (unearned revenue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client credit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountingActions</name>
    <message>
        <source>&amp;Journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for the &amp;accountant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the company profile first (File → Company profile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIF file (*.iif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {0} invoices and {1} payments.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in your accounting program</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgingTableModel</name>
    <message>
        <source>Client</source>
        <extracomment>The two oldest buckets (61–90, 90+) are shown in red when they hold money.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unapplied payments, shown apart from the buckets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgingView</name>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aging as of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open receivables {0} {1} · unapplied client credit {2} {1} (shown apart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open invoices of all clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open invoices of {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeOrderModel</name>
    <message>
        <source>Spread over unbilled work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes a milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeOrdersDialog</name>
    <message>
        <source>Change orders — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original contract sum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net change by change orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract sum to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New change order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2500.00, or -800.00 for a deduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Upgrade to quartz countertops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its own schedule-of-values line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread over the lines with a balance left, by value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its own milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread over the unbilled milestones, by amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by the client (changes the contract now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add change order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change order amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve change order {0} ({1})? The contract sum to date changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject change order {0}?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished">Address</translation>
    </message>
    <message>
        <source>E-invoices and tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two letters, e.g. DE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leitweg-ID for German public clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (standard when taxed, else zero-rated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard rate (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zero-rated (Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exempt (E), with the reason below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse charge (AE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No e-invoices (PDF only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factur-X (PDF with XML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZUGFeRD (PDF with XML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XRechnung (XML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peppol BIS 3.0 UBL (XML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemption reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends e-invoices as</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientsPane</name>
    <message>
        <source>Search clients by name, code, email or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (double-click to open, right-click for more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact details yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CollectionsView</name>
    <message numerus="yes">
        <source>%n reminder(s) due today</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — %n client(s) without an email address</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queue %n reminder(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{0} days late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due in {0} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} days before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} days after</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <source>Company profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <extracomment>stands in for the file dialog in tests</extracomment>
        <translation type="unfinished"> days</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation type="unfinished">Choose logo…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company name</source>
        <translation type="unfinished">Company name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished">Address</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished">Currency</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation type="unfinished">Tax ID</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Phone</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation type="unfinished">Payment terms</translation>
    </message>
    <message>
        <source>Invoice numbers</source>
        <translation type="unfinished">Invoice numbers</translation>
    </message>
    <message>
        <source>Receipt numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished">Logo</translation>
    </message>
    <message>
        <source>Locale for documents</source>
        <translation type="unfinished">Locale for documents</translation>
    </message>
    <message>
        <source>Default tax for new projects (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation type="unfinished">Choose a logo</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.svg *.bmp)</source>
        <translation type="unfinished">Pictures (*.png *.jpg *.jpeg *.svg *.bmp)</translation>
    </message>
    <message>
        <source>{0} is not a picture Milestone Desk can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished">No logo</translation>
    </message>
</context>
<context>
    <name>CompanySetupForm</name>
    <message>
        <source>e.g. Hartwell Remodeling LLC</source>
        <translation>e.g. Hartwell Remodeling LLC</translation>
    </message>
    <message>
        <source>Street, city, postal code</source>
        <translation>Street, city, postal code</translation>
    </message>
    <message>
        <source>Pick how invoice numbers look, or type your own pattern with {year}, {yy} and {seq}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Due on receipt</source>
        <translation>Due on receipt</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Choose logo…</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Company name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>Tax ID</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Locale for documents</source>
        <translation>Locale for documents</translation>
    </message>
    <message>
        <source>Default tax rate</source>
        <translation>Default tax rate</translation>
    </message>
    <message>
        <source>Invoice numbers</source>
        <translation>Invoice numbers</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Payment terms</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Choose a logo</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.svg *.bmp)</source>
        <translation>Pictures (*.png *.jpg *.jpeg *.svg *.bmp)</translation>
    </message>
    <message>
        <source>That file is not a picture Milestone Desk can read.</source>
        <translation>That file is not a picture Milestone Desk can read.</translation>
    </message>
    <message>
        <source>Enter your company name.</source>
        <translation>Enter your company name.</translation>
    </message>
    <message>
        <source>The currency must be a three-letter code such as USD.</source>
        <translation>The currency must be a three-letter code such as USD.</translation>
    </message>
    <message>
        <source>The tax rate must be a percentage between 0 and 100.</source>
        <translation>The tax rate must be a percentage between 0 and 100.</translation>
    </message>
    <message>
        <source>{0} …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your next invoice will be number {0}</source>
        <translation>Your next invoice will be number {0}</translation>
    </message>
    <message>
        <source>This format does not give each invoice its own number; use {seq}.</source>
        <translation>This format does not give each invoice its own number; use {seq}.</translation>
    </message>
</context>
<context>
    <name>CompanyTradeDialog</name>
    <message>
        <source>Bank, tax and e-invoice details</source>
        <extracomment>the company&apos;s fields; the client-only ones (buyer reference, tax category, format) are not shown.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration (court, number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country (two letters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US routing number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay-online link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompleteMilestoneDialog</name>
    <message>
        <source>Complete milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &lt;b&gt;{0}&lt;/b&gt; as completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was delivered, inspections passed, who signed off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Sync conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settled: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep office version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep field version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts are settled at the office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both versions are kept until you settle a conflict; issued documents and payments never change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to office server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(new server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server name or address, e.g. office-server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stored; leave empty to use ~/.pgpass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask whoever set the office server up for these. The password is never saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in at least the database and the user.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Construction</name>
    <message>
        <source>Milestone Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditional progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unconditional progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditional final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unconditional final</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConstructionMenu</name>
    <message>
        <source>&amp;Construction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deposit invoice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Release retainage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pay application…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lien waivers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lien waiver &amp;wording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a project first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project {0} has no applied deposit (its deposit is a milestone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project {0} bills by milestones; pay applications need progress billing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConstructionTerms</name>
    <message>
        <source>Construction terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By milestones (a payment schedule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress: schedule of values, pay applications (G702/G703)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retainage basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower retainage to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% once work reaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of the contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step-down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A milestone of the schedule (if any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied: an advance deducted from later invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deducted pro rata from each milestone invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deducted all on the final invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step-down threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stepped-down retainage rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An applied deposit must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stepped-down retainage rate cannot be above the retainage rate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>Move {0}</source>
        <extracomment>The PDF renderer&apos;s imports and fonts are warmed this long after the first load (start of the day).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This window shows the file read-only; nothing can be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading projects…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the unsaved changes to the schedule of {0}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company profile saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client {0} added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a project to edit its client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client {0} saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the company profile first (File → Company profile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project {0} created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive project {0}? It leaves the active list; nothing is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project {0} is now {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule of {0} saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the unsaved changes to this schedule?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed; check the entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} marked complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen {0}? It goes back to in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move {0} to {1}, past {2}? The milestones would then be planned out of their order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} moved to {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice {0} issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an open invoice in the invoices pane first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment recorded, receipt {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} kept as client credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the client the receipt:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Milestone Desk — something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone Desk hit an error it did not expect. The step you were taking did not finish; anything already saved in the company file is safe. Please send the report below to whoever supports your installation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log file is at {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditNoteDialog</name>
    <message>
        <source>Credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this credit given? (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduce what the client owes on this invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund money the client already paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit is</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <source>Set up the company profile to see what is owed and what comes in next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the books…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retainage held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due in the next 14 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue and due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones coming up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash-flow forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receivables on {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) past due</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released at completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} unapplied client credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued and not yet paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} days late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in {0} days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DepositDialog</name>
    <message>
        <source>Deposit invoice — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deposit is an advance outside the payment schedule: it is invoiced now with no tax and no retainage, and later milestone invoices deduct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract sum to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit (amount due)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue deposit invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue the deposit invoice of {0} for {1}? Issued invoices cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>Milestone Desk</source>
        <extracomment>A plain sentence for the status bar after each action.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft invoice — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent {0} to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice {0} sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <source>Drafts from the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change-order request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drafts yet. Change-order requests and notes written on site show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the next sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent to the office {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EInvoiceActions</name>
    <message>
        <source>Save e-invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF with embedded XML (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XML (*.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write {0}: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved e-invoice {0} ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmailDialog</name>
    <message>
        <source>Email invoice {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach as e-invoice (Factur-X: the PDF with its XML inside)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in my mail program (.eml)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent — the server replied: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent yet: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save email draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email message (*.eml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved to {0}; it opens in your mail program.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export for the accountant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only what was not exported before (and mark it exported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickBooks Online and Xero get two files: the invoices and, beside them, the payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldActions</name>
    <message>
        <source>Take a &amp;field copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Drafts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;off on site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <extracomment>Runs a modal dialog (tests put a script here instead of exec()).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field copy of {0} · last synced {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field copy for {0} written to {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing with the office…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced: pushed {0}, pulled {1} change(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} conflict(s) for the office to settle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved for {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a milestone in the schedule first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} signed off by {1}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldCopyDialog</name>
    <message>
        <source>Take a field copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office books:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field copy file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. TRUCK1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all projects, or e.g. P-001,P-002</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone Desk books (*.mdesk)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out&amp;box…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mail server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock on this file could not be renewed; another window may open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your server account may only read these books.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another window or computer has this file open; nothing can be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox: {0} waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s backup saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This window shows the file read-only; restore it from the window that has it open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was restored; the file shows it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups of this file yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the company file with the backup you chose? The current file is kept aside first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail server settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForecastChart</name>
    <message>
        <source>Cash-flow forecast chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}  {1} — {2}  {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}  milestone {1} ({2}, {3})  {4}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue  {0} ({1}, {2})  {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due {0}  {1} ({2}, {3})  {4}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No forecast yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue, expected now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForecastPanel</name>
    <message>
        <source>By month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By week</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>Open a company file</source>
        <translation>Open a company file</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Open data folder</translation>
    </message>
    <message>
        <source>Copy diagnostics</source>
        <translation>Copy diagnostics</translation>
    </message>
    <message>
        <source>Copy version and folder details for a support request (no company data)</source>
        <translation>Copy version and folder details for a support request (no company data)</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s). The trail is append-only; each event is chained to the one before.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When (UTC)</source>
        <extracomment>Keys of audit payloads that hold money in minor units.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt PDF fingerprint kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF fingerprint kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceActions</name>
    <message>
        <source>Pre&amp;view / open PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save e-&amp;invoice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank, tax and e-invoice &amp;details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Void invoice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credit note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice &amp;history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Receipts of this invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an issued invoice in the invoices pane first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank, tax and e-invoice details saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void invoice {0}? Its number stays used and it can no longer be paid. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice {0} is void.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note {0} issued against {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a project first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a milestone in the schedule first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>milestone {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print with PAID stamp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF with PAID stamp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no payments yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email receipt {0} to the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt {0} is in the outbox; File → Outbox… sends it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoicesModel</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue {0} d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credited {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoicesPane</name>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices — all projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueInvoiceDialog</name>
    <message>
        <source>Issue invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing the invoice and making its PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice for &lt;b&gt;{0}&lt;/b&gt; of project {1}. The invoice number is taken only when you issue it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone amount (gross)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retainage withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalPanel</name>
    <message>
        <source>All dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} entries, {1} lines · debits {2} · credits {3}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>System default ({0})</source>
        <translation>System default ({0})</translation>
    </message>
    <message>
        <source>Menus and dialogs opened from now on use the new language.</source>
        <translation>Menus and dialogs opened from now on use the new language.</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Example</translation>
    </message>
</context>
<context>
    <name>LedgerView</name>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>This company file has no company profile yet. Set it up to start billing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up company profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects and billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New company…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;sample company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;empty company file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open company file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company &amp;profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to office &amp;server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit client of this project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark project &amp;active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark project &amp;completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark milestone &amp;complete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reopen milestone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue invoice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview &amp;draft invoice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project &amp;history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Milestone history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reminders and late fees…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a milestone in the schedule first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) · contract {0} · billed {1} · paid {2} · outstanding {3}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Milestone Desk — {0} (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone Desk — {0}</source>
        <translation>Milestone Desk — {0}</translation>
    </message>
    <message>
        <source>Server: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MilestonePane</name>
    <message>
        <source>No project selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last schedule edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark complete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue invoice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected milestone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{0} — {1}&lt;/b&gt;&lt;br&gt;{2} · contract {3} · tax {4} · retainage {5}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(locked: change orders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(locked: invoices issued)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewDraftDialog</name>
    <message>
        <source>New draft — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change-order request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1250.00 or -300.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewProjectWizard</name>
    <message>
        <source>New project</source>
        <extracomment>Page ids: the schedule of values (progress billing) comes before the payment schedule so that the milestone path still ends on the last page id.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenFlow</name>
    <message>
        <source>Checking the company file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenProblemDialog</name>
    <message>
        <source>Milestone Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only shows the books as they are saved; nothing can be changed in this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can restore a backup; the current file is kept aside first, nothing is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup of this file was found. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone Desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send waiting messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} waiting, {1} failed, {2} in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server reply / reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayAppDialog</name>
    <message>
        <source>Pay application — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application No. {0} — {1} {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type work completed this period (E) and materials presently stored (F) in the shaded cells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous application&apos;s period ended {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application for payment (summary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue numbers the application (APP-…), bills line 8 through a progress invoice and issues its conditional progress lien waiver. The PDF is frozen at issue; preview or save it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Original contract sum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Net change by change orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Contract sum to date (line 1 ± 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Total completed and stored to date (column G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Retainage: a. on completed work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    b. on stored material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    Total retainage (lines 5a + 5b)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6. Total earned less retainage (line 4 − line 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7. Less previous certificates for payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8. Current payment due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9. Balance to finish, including retainage (line 3 − line 6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Retainage: a. {0} of completed work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    b. {0} of stored material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue pay application No. {0} for the period to {1}? Current payment due {2}. Issued applications cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued {0} with invoice {1} and its conditional lien waiver. Preview or save the PDF:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay application {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayAppModel</name>
    <message>
        <source>A
Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B
Description of work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C
Scheduled value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D
From previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E
This period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F
Materials stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G
Completed &amp; stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G ÷ C
%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H
Balance to finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I
Retainage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grand total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored materials</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This preview needs QtPdf or pdftoppm; use Save PDF… instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectPage</name>
    <message>
        <source>The project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who it is for and what the contract is worth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Kitchen remodel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract sum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retainage %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a client, or add one with New client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {0} is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract sum must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deposit cannot be more than the contract sum.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectsModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectsPane</name>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search code, project or client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All clients</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptBar</name>
    <message>
        <source>Preview receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptOffer</name>
    <message>
        <source>Receipt {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would you like to do with receipt {0}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordPaymentDialog</name>
    <message>
        <source>Record payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the payment and making its receipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice &lt;b&gt;{0}&lt;/b&gt; — {1}, {2}&lt;br&gt;Total {3}, paid {4}, balance &lt;b&gt;{5}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank transfer (ACH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check number or transfer reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial payment: {0} stays open on this invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pays the invoice in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pays the invoice in full; {0} more becomes client credit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <source>Release retainage — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract sum to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retainage held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release invoice: retainage released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A conditional final lien waiver is issued with the release; the unconditional one follows when its payment is marked cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue release invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release {0} of retainage on {1}? Issued invoices cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderSettingsView</name>
    <message>
        <source>Send payment reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days relative to the due date: -7 is a week before, 14 two weeks late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"> days</translation>
    </message>
    <message>
        <source>Placeholders: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule (days from due date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List as due soon within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before-due letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flat amount ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once per</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grace after due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late fees (issued as numbered invoices)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Projects and billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Aging…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash-flow &amp;forecast…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project &amp;ledger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer &amp;statement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Collections and reminders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV e&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the company profile first (File → Company profile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts receivable aging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash-flow forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a project first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project ledger — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue and due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder schedule and late fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collections and reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge late fees due today…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No late fees are due today (they are off unless turned on in the settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Issue %n late-fee invoice(s) now? Each takes the next invoice number.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Issuing the late-fee invoices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Putting the reminders in the outbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) queued in the outbox.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Late-fee invoices issued: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} skipped: the client has no email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {0} rows to {1}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring replaces {0} with the backup you choose. The current file is kept as a backup first, so nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups of this file yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowActions</name>
    <message>
        <source>Invoice {0} has nothing left to pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open invoice {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send reminder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement for this client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show project {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleModel</name>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remainder</source>
        <extracomment>The books&apos; amount (after change orders, frozen once invoiced); None once the schedule is edited.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remainder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule sums to {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A milestone needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two milestones cannot have the same name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>Payment schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a template, then edit. A share is a percent (10%), an amount (5000.00) or “remainder”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply template</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message>
        <source>Sign off — {0} · {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no site address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the person accepting the work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos of the work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the name of the person accepting the work.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Sign above the line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpSettingsDialog</name>
    <message>
        <source>Mail server settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL/TLS (usually port 465)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None — unencrypted (only on a trusted network)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from MILESTONE_DESK_SMTP_PASSWORD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in the system keyring, never in the company file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SovPage</name>
    <message>
        <source>General conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule of values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One line per part of the work; the values must add up to the contract sum. Pay applications bill a percent of each line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description of work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {0} has a value but no description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {0} must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one line to the schedule of values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule of values sums to {0} of {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} left to place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} too much.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartupShell</name>
    <message>
        <source>Opening {0}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <source>Customer statement</source>
        <extracomment>the window&apos;s document actions (print dialog seams); tests set their own</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the beginning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance forward and open items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email… (outbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no clients yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the statement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement of account to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please find your statement of account attached.

{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement is in the outbox; File → Outbox… sends it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmitDialog</name>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineTexts</name>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue by 1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue by {0} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to reschedule · double-click to mark complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to issue its invoice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Milestone timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (+ or Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (- or Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole schedule (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark complete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue invoice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a project to see its schedule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <source>Void invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voiding keeps the number {0} in the books marked VOID; its milestone goes back to completed so it can be invoiced again. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this invoice void? (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaiverModel</name>
    <message>
        <source>Waiting for cleared payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unconditional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice / application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaiverTemplatesDialog</name>
    <message>
        <source>Lien waiver wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several US states (among them California, Texas, Arizona, Georgia, Nevada and Utah) prescribe the exact statutory wording of lien waivers; where yours does, paste that text here and have it checked. Fields filled in when a waiver is issued: $claimant, $customer, $project, $amount, $through_date, $document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore default wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wording of the {0} waiver saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the wording of the {0} waiver with the default text?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {0} waiver uses the default wording again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaiversDialog</name>
    <message>
        <source>Lien waivers — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiver wording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue a waiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue waiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking a payment cleared issues its unconditional waivers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — {1}, {2} (on {3})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} waiver issued for {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the payment of receipt {0} as cleared by the bank? Its unconditional waivers are issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Payment of {0} marked cleared; %n unconditional waiver(s) issued.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Saved {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Milestone Desk</source>
        <translation>Welcome to Milestone Desk</translation>
    </message>
    <message>
        <source>Bill each job by its milestones — deposit, framing, roofing, finishing — with invoices and receipts exact to the cent. Your books stay on this computer, in one company file you own.</source>
        <translation>Bill each job by its milestones — deposit, framing, roofing, finishing — with invoices and receipts exact to the cent. Your books stay on this computer, in one company file you own.</translation>
    </message>
    <message>
        <source>Set up my company</source>
        <translation>Set up my company</translation>
    </message>
    <message>
        <source>Enter your company&apos;s details, tax rate and invoice numbers, and start with empty books.</source>
        <translation>Enter your company&apos;s details, tax rate and invoice numbers, and start with empty books.</translation>
    </message>
    <message>
        <source>Explore the sample company</source>
        <translation>Explore the sample company</translation>
    </message>
    <message>
        <source>Open a sample remodeling firm with projects in every stage. It is kept in its own file, apart from your books.</source>
        <translation>Open a sample remodeling firm with projects in every stage. It is kept in its own file, apart from your books.</translation>
    </message>
    <message>
        <source>Open an existing company file…</source>
        <translation>Open an existing company file…</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Your books will be saved in {0}</source>
        <translation>Your books will be saved in {0}</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Create my company</source>
        <translation>Create my company</translation>
    </message>
    <message>
        <source>Writing the sample company…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a company file</source>
        <translation>Open a company file</translation>
    </message>
    <message>
        <source>Milestone Desk company files (*{0})</source>
        <translation>Milestone Desk company files (*{0})</translation>
    </message>
</context>
<context>
    <name>WindowFiles</name>
    <message>
        <source>New company file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company files (*.mdesk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} already exists. Open it instead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open company file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company files (*.mdesk);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the sample company…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>menu</name>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>new</name>
    <message>
        <source>Language changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shell</name>
    <message>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>templates</name>
    <message>
        <source>Deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rough-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First third</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second third</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final third</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five phases: 10 / 25 / 25 / 30 / 10 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit 10 % + equal thirds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit + completion (edit freely)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>view</name>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+{0} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
