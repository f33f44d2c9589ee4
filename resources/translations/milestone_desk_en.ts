<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
        <source>Your next invoice will be number {0}</source>
        <translation>Your next invoice will be number {0}</translation>
    </message>
    <message>
        <source>This format does not give each invoice its own number; use {seq}.</source>
        <translation>This format does not give each invoice its own number; use {seq}.</translation>
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
    <name>MainWindow</name>
    <message>
        <source>Milestone Desk — {0}</source>
        <translation>Milestone Desk — {0}</translation>
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
        <source>Open a company file</source>
        <translation>Open a company file</translation>
    </message>
    <message>
        <source>Milestone Desk company files (*{0})</source>
        <translation>Milestone Desk company files (*{0})</translation>
    </message>
</context>
</TS>
