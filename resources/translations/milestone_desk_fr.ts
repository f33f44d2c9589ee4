<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Deposit</source>
        <translation type="vanished">Acompte</translation>
    </message>
    <message>
        <source>Framing</source>
        <translation type="vanished">Charpente</translation>
    </message>
    <message>
        <source>Rough-in</source>
        <translation type="vanished">Gros œuvre</translation>
    </message>
    <message>
        <source>Finishes</source>
        <translation type="vanished">Finitions</translation>
    </message>
    <message>
        <source>Final</source>
        <translation type="vanished">Final</translation>
    </message>
    <message>
        <source>First third</source>
        <translation type="vanished">Premier tiers</translation>
    </message>
    <message>
        <source>Second third</source>
        <translation type="vanished">Deuxième tiers</translation>
    </message>
    <message>
        <source>Final third</source>
        <translation type="vanished">Dernier tiers</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation type="vanished">Achèvement</translation>
    </message>
    <message>
        <source>Five phases: 10 / 25 / 25 / 30 / 10 %</source>
        <translation type="vanished">Cinq phases : 10 / 25 / 25 / 30 / 10 %</translation>
    </message>
    <message>
        <source>Deposit 10 % + equal thirds</source>
        <translation type="vanished">Acompte 10 % + trois tiers égaux</translation>
    </message>
    <message>
        <source>Deposit + completion (edit freely)</source>
        <translation type="vanished">Acompte + achèvement (modifiable)</translation>
    </message>
    <message>
        <source>Read-only shows the books as they are saved; nothing can be changed in this window.</source>
        <translation type="vanished">La lecture seule montre les comptes tels qu&apos;enregistrés ; rien ne peut être modifié dans cette fenêtre.</translation>
    </message>
    <message>
        <source>You can restore a backup; the current file is kept aside first, nothing is deleted.</source>
        <translation type="vanished">Vous pouvez restaurer une sauvegarde ; le fichier actuel est d&apos;abord mis de côté, rien n&apos;est supprimé.</translation>
    </message>
    <message>
        <source>No backup of this file was found. The file was not changed.</source>
        <translation type="vanished">Aucune sauvegarde de ce fichier n&apos;a été trouvée. Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>remainder</source>
        <extracomment>The books&apos; amount (after change orders, frozen once invoiced); None once the schedule is edited.</extracomment>
        <translation type="vanished">reste</translation>
    </message>
    <message>
        <source>Remainder</source>
        <translation type="vanished">Reste</translation>
    </message>
    <message>
        <source>Schedule sums to {0} of {1}</source>
        <translation type="vanished">L&apos;échéancier totalise {0} sur {1}</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation type="vanished">Modifier {0}</translation>
    </message>
    <message>
        <source>A milestone needs a name.</source>
        <translation type="vanished">Une étape doit avoir un nom.</translation>
    </message>
    <message>
        <source>Two milestones cannot have the same name.</source>
        <translation type="vanished">Deux étapes ne peuvent pas avoir le même nom.</translation>
    </message>
    <message>
        <source>Milestone {0}</source>
        <translation type="vanished">Étape {0}</translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation type="vanished">Ajouter une étape</translation>
    </message>
    <message>
        <source>Remove {0}</source>
        <translation type="vanished">Retirer {0}</translation>
    </message>
    <message>
        <source>Move {0}</source>
        <translation type="vanished">Déplacer {0}</translation>
    </message>
    <message>
        <source>queued</source>
        <translation type="vanished">en attente</translation>
    </message>
    <message>
        <source>sending</source>
        <translation type="vanished">envoi en cours</translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="vanished">envoyé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="vanished">échec</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation type="vanished">Quotidienne</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation type="vanished">Manuelle</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation type="vanished">Avant une mise à jour</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation type="vanished">Avant une restauration</translation>
    </message>
    <message>
        <source>New company file</source>
        <translation type="vanished">Nouveau fichier d&apos;entreprise</translation>
    </message>
    <message>
        <source>Company files (*.mdesk)</source>
        <translation type="vanished">Fichiers d&apos;entreprise (*.mdesk)</translation>
    </message>
    <message>
        <source>{0} already exists. Open it instead?</source>
        <translation type="vanished">{0} existe déjà. L&apos;ouvrir à la place ?</translation>
    </message>
    <message>
        <source>Open company file</source>
        <translation type="vanished">Ouvrir un fichier d&apos;entreprise</translation>
    </message>
    <message>
        <source>Company files (*.mdesk);;All files (*)</source>
        <translation type="vanished">Fichiers d&apos;entreprise (*.mdesk);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>New company</source>
        <translation type="vanished">Nouvelle entreprise</translation>
    </message>
    <message>
        <source>{0} already exists; choose another name.</source>
        <translation type="vanished">{0} existe déjà ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Writing the sample company…</source>
        <translation type="vanished">Création de l&apos;entreprise d&apos;exemple…</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation type="vanished">(aucun pour l&apos;instant)</translation>
    </message>
</context>
<context>
    <name>Accounting</name>
    <message>
        <source>QuickBooks Desktop (IIF)</source>
        <translation>QuickBooks Desktop (IIF)</translation>
    </message>
    <message>
        <source>QuickBooks Online (CSV)</source>
        <translation>QuickBooks Online (CSV)</translation>
    </message>
    <message>
        <source>Xero (CSV)</source>
        <translation>Xero (CSV)</translation>
    </message>
    <message>
        <source>Accounts receivable</source>
        <translation>Créances clients</translation>
    </message>
    <message>
        <source>Retainage receivable</source>
        <translation>Retenues de garantie à recevoir</translation>
    </message>
    <message>
        <source>Undeposited funds / bank</source>
        <translation>Fonds non déposés / banque</translation>
    </message>
    <message>
        <source>Revenue: contract work</source>
        <translation>Produits : travaux du marché</translation>
    </message>
    <message>
        <source>Revenue: change orders</source>
        <translation>Produits : avenants</translation>
    </message>
    <message>
        <source>Revenue: late fees</source>
        <translation>Produits : pénalités de retard</translation>
    </message>
    <message>
        <source>Credit notes and refunds</source>
        <translation>Avoirs et remboursements</translation>
    </message>
    <message>
        <source>Sales tax payable</source>
        <translation>Taxes collectées à reverser</translation>
    </message>
    <message>
        <source>Customer deposits (unearned revenue)</source>
        <translation>Acomptes clients (produits constatés d&apos;avance)</translation>
    </message>
    <message>
        <source>Client credit</source>
        <translation>Clients créditeurs</translation>
    </message>
</context>
<context>
    <name>AccountingActions</name>
    <message>
        <source>&amp;Journal…</source>
        <translation>&amp;Journal…</translation>
    </message>
    <message>
        <source>Export for the &amp;accountant…</source>
        <translation>E&amp;xporter pour le comptable…</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Comptes…</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <source>Set up the company profile first (File → Company profile).</source>
        <translation>Configurez d&apos;abord le profil de l&apos;entreprise (Fichier → Profil de l&apos;entreprise).</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved {0}.</source>
        <translation>{0} enregistré.</translation>
    </message>
    <message>
        <source>IIF file (*.iif)</source>
        <translation>Fichier IIF (*.iif)</translation>
    </message>
    <message>
        <source>Exported {0} invoices and {1} payments.</source>
        <translation>{0} factures et {1} paiements exportés.</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name in your accounting program</source>
        <translation>Nom dans votre logiciel de comptabilité</translation>
    </message>
</context>
<context>
    <name>AgingTableModel</name>
    <message>
        <source>Client</source>
        <extracomment>The two oldest buckets (61–90, 90+) are shown in red when they hold money.</extracomment>
        <translation>Client</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <source>Unapplied payments, shown apart from the buckets</source>
        <translation>Paiements non imputés, à part des tranches</translation>
    </message>
</context>
<context>
    <name>AgingView</name>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émise</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Jours de retard</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Tranche</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Aging as of</source>
        <translation>Balance âgée au</translation>
    </message>
    <message>
        <source>Open receivables {0} {1} · unapplied client credit {2} {1} (shown apart)</source>
        <translation>Créances ouvertes {0} {1} · crédit client non imputé {2} {1} (à part)</translation>
    </message>
    <message>
        <source>Open invoices of all clients</source>
        <translation>Factures ouvertes de tous les clients</translation>
    </message>
    <message>
        <source>Open invoices of {0}</source>
        <translation>Factures ouvertes de {0}</translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <source>Taken</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Quotidienne</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Manuelle</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Avant une mise à jour</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Avant une restauration</translation>
    </message>
</context>
<context>
    <name>ChangeOrderModel</name>
    <message>
        <source>Spread over unbilled work</source>
        <translation>Répartie sur les travaux non facturés</translation>
    </message>
    <message>
        <source>Removes a milestone</source>
        <translation>Supprime un jalon</translation>
    </message>
    <message>
        <source>Own line</source>
        <translation>Ligne propre</translation>
    </message>
    <message>
        <source>Own milestone</source>
        <translation>Étape propre</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <source>Milestone: {0}</source>
        <translation>Étape : {0}</translation>
    </message>
</context>
<context>
    <name>ChangeOrdersDialog</name>
    <message>
        <source>Change orders — {0}</source>
        <translation>Avenants — {0}</translation>
    </message>
    <message>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Original contract sum</source>
        <translation>Montant initial du marché</translation>
    </message>
    <message>
        <source>Net change by change orders</source>
        <translation>Variation nette par avenants</translation>
    </message>
    <message>
        <source>Contract sum to date</source>
        <translation>Montant du marché à ce jour</translation>
    </message>
    <message>
        <source>New change order</source>
        <translation>Nouvel avenant</translation>
    </message>
    <message>
        <source>2500.00, or -800.00 for a deduction</source>
        <translation>2500.00, ou -800.00 pour une moins-value</translation>
    </message>
    <message>
        <source>e.g. Upgrade to quartz countertops</source>
        <translation>p. ex. Passage à des plans de travail en quartz</translation>
    </message>
    <message>
        <source>Its own schedule-of-values line</source>
        <translation>Sa propre ligne du bordereau des prix</translation>
    </message>
    <message>
        <source>Spread over the lines with a balance left, by value</source>
        <translation>Répartie sur les lignes ayant un solde, au prorata de leur valeur</translation>
    </message>
    <message>
        <source>Its own milestone</source>
        <translation>Sa propre étape</translation>
    </message>
    <message>
        <source>Spread over the unbilled milestones, by amount</source>
        <translation>Répartie sur les étapes non facturées, au prorata de leur montant</translation>
    </message>
    <message>
        <source>Approved by the client (changes the contract now)</source>
        <translation>Approuvé par le client (modifie le marché dès maintenant)</translation>
    </message>
    <message>
        <source>Add change order</source>
        <translation>Ajouter l&apos;avenant</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <source>change order amount</source>
        <translation>montant de l&apos;avenant</translation>
    </message>
    <message>
        <source>Approve change order {0} ({1})? The contract sum to date changes.</source>
        <translation>Approuver l&apos;avenant {0} ({1}) ? Le montant du marché à ce jour sera modifié.</translation>
    </message>
    <message>
        <source>Reject change order {0}?</source>
        <translation>Refuser l&apos;avenant {0} ?</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>New client</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation>Modifier le client</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>E-invoices and tax</source>
        <translation>Facture électronique et taxes</translation>
    </message>
    <message>
        <source>two letters, e.g. DE</source>
        <translation>deux lettres, p. ex. DE</translation>
    </message>
    <message>
        <source>Leitweg-ID for German public clients</source>
        <translation>Leitweg-ID pour les clients publics allemands</translation>
    </message>
    <message>
        <source>Automatic (standard when taxed, else zero-rated)</source>
        <translation>Automatique (taux normal si taxé, sinon taux zéro)</translation>
    </message>
    <message>
        <source>Standard rate (S)</source>
        <translation>Taux normal (S)</translation>
    </message>
    <message>
        <source>Zero-rated (Z)</source>
        <translation>Taux zéro (Z)</translation>
    </message>
    <message>
        <source>Exempt (E), with the reason below</source>
        <translation>Exonéré (E), avec le motif ci-dessous</translation>
    </message>
    <message>
        <source>Reverse charge (AE)</source>
        <translation>Autoliquidation (AE)</translation>
    </message>
    <message>
        <source>No e-invoices (PDF only)</source>
        <translation>Pas de facture électronique (PDF seul)</translation>
    </message>
    <message>
        <source>Factur-X (PDF with XML)</source>
        <translation>Factur-X (PDF avec XML)</translation>
    </message>
    <message>
        <source>ZUGFeRD (PDF with XML)</source>
        <translation>ZUGFeRD (PDF avec XML)</translation>
    </message>
    <message>
        <source>XRechnung (XML)</source>
        <translation>XRechnung (XML)</translation>
    </message>
    <message>
        <source>Peppol BIS 3.0 UBL (XML)</source>
        <translation>Peppol BIS 3.0 UBL (XML)</translation>
    </message>
    <message>
        <source>VAT id</source>
        <translation>N° de TVA</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Buyer reference</source>
        <translation>Référence de l&apos;acheteur</translation>
    </message>
    <message>
        <source>Tax category</source>
        <translation>Catégorie de TVA</translation>
    </message>
    <message>
        <source>Exemption reason</source>
        <translation>Motif d&apos;exonération</translation>
    </message>
    <message>
        <source>Sends e-invoices as</source>
        <translation>Format de facture électronique</translation>
    </message>
</context>
<context>
    <name>ClientsPane</name>
    <message>
        <source>Search clients by name, code, email or phone</source>
        <translation>Rechercher des clients par nom, code, courriel ou téléphone</translation>
    </message>
    <message>
        <source>New client…</source>
        <translation>Nouveau client…</translation>
    </message>
    <message>
        <source>Edit client…</source>
        <translation>Modifier le client…</translation>
    </message>
    <message>
        <source>Statement…</source>
        <translation>Relevé…</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Solde dû</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Restant dû</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émise</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(brouillon)</translation>
    </message>
    <message>
        <source>Documents (double-click to open, right-click for more)</source>
        <translation>Documents (double-clic pour ouvrir, clic droit pour plus)</translation>
    </message>
    <message>
        <source>Choose a client</source>
        <translation>Choisissez un client</translation>
    </message>
    <message>
        <source>No contact details yet.</source>
        <translation>Pas encore de coordonnées.</translation>
    </message>
</context>
<context>
    <name>CollectionsView</name>
    <message>
        <source>{0} reminder(s) due today</source>
        <translation type="vanished">{0} relance(s) à faire aujourd&apos;hui</translation>
    </message>
    <message>
        <source> — {0} client(s) have no email address</source>
        <translation type="vanished"> — {0} client(s) sans adresse e-mail</translation>
    </message>
    <message>
        <source>Queue {0} reminder(s)</source>
        <translation type="vanished">Mettre {0} relance(s) en file</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) due today</source>
        <translation>
            <numerusform>%n relance à faire aujourd’hui</numerusform>
            <numerusform>%n relances à faire aujourd’hui</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — %n client(s) without an email address</source>
        <translation>
            <numerusform> — %n client sans adresse électronique</numerusform>
            <numerusform> — %n clients sans adresse électronique</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queue %n reminder(s)</source>
        <translation>
            <numerusform>Mettre %n relance en file</numerusform>
            <numerusform>Mettre %n relances en file</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} days late</source>
        <translation>{0} jours de retard</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>échéance aujourd&apos;hui</translation>
    </message>
    <message>
        <source>due in {0} days</source>
        <translation>échéance dans {0} jours</translation>
    </message>
    <message>
        <source>on the due date</source>
        <translation>le jour de l&apos;échéance</translation>
    </message>
    <message>
        <source>{0} days before</source>
        <translation>{0} jours avant</translation>
    </message>
    <message>
        <source>{0} days after</source>
        <translation>{0} jours après</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <source>Company profile</source>
        <translation>Profil de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source> days</source>
        <extracomment>stands in for the file dialog in tests</extracomment>
        <translation> jours</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Choisir un logo…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nom de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>N° fiscal</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Conditions de paiement</translation>
    </message>
    <message>
        <source>Invoice numbers</source>
        <translation>Numéros de facture</translation>
    </message>
    <message>
        <source>Receipt numbers</source>
        <translation>Numéros de reçu</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Format de page</translation>
    </message>
    <message>
        <source>Payment instructions</source>
        <translation>Instructions de paiement</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Locale for documents</source>
        <translation>Format régional des documents</translation>
    </message>
    <message>
        <source>Default tax for new projects (%)</source>
        <translation>Taxe par défaut des nouveaux projets (%)</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Choisir un logo</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.svg *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg *.bmp)</translation>
    </message>
    <message>
        <source>{0} is not a picture Milestone Desk can read.</source>
        <translation>{0} n&apos;est pas une image que Milestone Desk sait lire.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Pas de logo</translation>
    </message>
</context>
<context>
    <name>CompanySetupForm</name>
    <message>
        <source>e.g. Hartwell Remodeling LLC</source>
        <translation>p. ex. Rénovation Hartwell SARL</translation>
    </message>
    <message>
        <source>Street, city, postal code</source>
        <translation>Rue, ville, code postal</translation>
    </message>
    <message>
        <source>Pick how invoice numbers look, or type your own pattern with {year}, {yy} and {seq}.</source>
        <translation>Choisissez la forme des numéros de facture ou tapez votre propre modèle avec {year}, {yy} et {seq}.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Due on receipt</source>
        <translation>À réception de facture</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Pas de logo</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Choisir un logo…</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nom de l’entreprise</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>N° de TVA / SIRET</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Locale for documents</source>
        <translation>Format régional des documents</translation>
    </message>
    <message>
        <source>Default tax rate</source>
        <translation>Taux de taxe par défaut</translation>
    </message>
    <message>
        <source>Invoice numbers</source>
        <translation>Numérotation des factures</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Délai de paiement</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Choisir un logo</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.svg *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg *.bmp)</translation>
    </message>
    <message>
        <source>That file is not a picture Milestone Desk can read.</source>
        <translation>Ce fichier n’est pas une image que Milestone Desk sait lire.</translation>
    </message>
    <message>
        <source>Enter your company name.</source>
        <translation>Saisissez le nom de votre entreprise.</translation>
    </message>
    <message>
        <source>The currency must be a three-letter code such as USD.</source>
        <translation>La devise doit être un code de trois lettres, comme EUR.</translation>
    </message>
    <message>
        <source>The tax rate must be a percentage between 0 and 100.</source>
        <translation>Le taux de taxe doit être un pourcentage entre 0 et 100.</translation>
    </message>
    <message>
        <source>{0} …</source>
        <translation>{0} …</translation>
    </message>
    <message>
        <source>Your next invoice will be number {0}</source>
        <translation>Votre prochaine facture portera le numéro {0}</translation>
    </message>
    <message>
        <source>This format does not give each invoice its own number; use {seq}.</source>
        <translation>Ce format ne donne pas à chaque facture son propre numéro ; utilisez {seq}.</translation>
    </message>
</context>
<context>
    <name>CompanyTradeDialog</name>
    <message>
        <source>Bank, tax and e-invoice details</source>
        <extracomment>the company&apos;s fields; the client-only ones (buyer reference, tax category, format) are not shown.</extracomment>
        <translation>Données bancaires, fiscales et de facture électronique</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>VAT id</source>
        <translation>N° de TVA</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Forme juridique</translation>
    </message>
    <message>
        <source>Registration (court, number)</source>
        <translation>Immatriculation (greffe, numéro)</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country (two letters)</source>
        <translation>Pays (deux lettres)</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>US routing number</source>
        <translation>Numéro de routage ABA (États-Unis)</translation>
    </message>
    <message>
        <source>US account number</source>
        <translation>Numéro de compte (États-Unis)</translation>
    </message>
    <message>
        <source>Pay-online link</source>
        <translation>Lien de paiement en ligne</translation>
    </message>
</context>
<context>
    <name>CompleteMilestoneDialog</name>
    <message>
        <source>Complete milestone</source>
        <translation>Terminer l&apos;étape</translation>
    </message>
    <message>
        <source>Mark complete</source>
        <translation>Marquer terminée</translation>
    </message>
    <message>
        <source>Mark &lt;b&gt;{0}&lt;/b&gt; as completed.</source>
        <translation>Marquer &lt;b&gt;{0}&lt;/b&gt; comme terminée.</translation>
    </message>
    <message>
        <source>What was delivered, inspections passed, who signed off…</source>
        <translation>Ce qui a été livré, inspections réussies, qui a validé…</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Terminé le</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Sync conflicts</source>
        <translation>Conflits de synchronisation</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Office version</source>
        <translation>Version du bureau</translation>
    </message>
    <message>
        <source>Field version</source>
        <translation>Version terrain</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>settled: {0}</source>
        <translation>réglé : {0}</translation>
    </message>
    <message>
        <source>open — {0}</source>
        <translation>en attente — {0}</translation>
    </message>
    <message>
        <source>Keep office version</source>
        <translation>Garder la version du bureau</translation>
    </message>
    <message>
        <source>Keep field version</source>
        <translation>Garder la version terrain</translation>
    </message>
    <message>
        <source>Conflicts are settled at the office.</source>
        <translation>Les conflits se règlent au bureau.</translation>
    </message>
    <message>
        <source>Both versions are kept until you settle a conflict; issued documents and payments never change.</source>
        <translation>Les deux versions sont conservées jusqu&apos;à ce que vous régliez le conflit ; les documents émis et les paiements ne changent jamais.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to office server</source>
        <translation>Connexion au serveur du bureau</translation>
    </message>
    <message>
        <source>(new server)</source>
        <translation>(nouveau serveur)</translation>
    </message>
    <message>
        <source>server name or address, e.g. office-server</source>
        <translation>nom ou adresse du serveur, p. ex. office-server</translation>
    </message>
    <message>
        <source>e.g. books</source>
        <translation>p. ex. books</translation>
    </message>
    <message>
        <source>not stored; leave empty to use ~/.pgpass</source>
        <translation>non enregistré ; laissez vide pour utiliser ~/.pgpass</translation>
    </message>
    <message>
        <source>Recent:</source>
        <translation>Récents :</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur :</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de données :</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utilisateur :</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>Ask whoever set the office server up for these. The password is never saved.</source>
        <translation>Demandez ces informations à la personne qui a installé le serveur du bureau. Le mot de passe n&apos;est jamais enregistré.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Fill in at least the database and the user.</source>
        <translation>Indiquez au moins la base de données et l&apos;utilisateur.</translation>
    </message>
</context>
<context>
    <name>Construction</name>
    <message>
        <source>Milestone Desk</source>
        <translation>Milestone Desk</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Enregistrer le PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Conditional progress</source>
        <translation>Partielle conditionnelle</translation>
    </message>
    <message>
        <source>Unconditional progress</source>
        <translation>Partielle inconditionnelle</translation>
    </message>
    <message>
        <source>Conditional final</source>
        <translation>Finale conditionnelle</translation>
    </message>
    <message>
        <source>Unconditional final</source>
        <translation>Finale inconditionnelle</translation>
    </message>
</context>
<context>
    <name>ConstructionMenu</name>
    <message>
        <source>Construction</source>
        <translation type="vanished">Chantier</translation>
    </message>
    <message>
        <source>&amp;Construction</source>
        <translation>&amp;Construction</translation>
    </message>
    <message>
        <source>Change &amp;orders…</source>
        <translation>&amp;Avenants…</translation>
    </message>
    <message>
        <source>&amp;Deposit invoice…</source>
        <translation>Facture d&apos;a&amp;compte…</translation>
    </message>
    <message>
        <source>&amp;Release retainage…</source>
        <translation>&amp;Libérer la retenue de garantie…</translation>
    </message>
    <message>
        <source>&amp;Pay application…</source>
        <translation>&amp;Demande de paiement…</translation>
    </message>
    <message>
        <source>&amp;Lien waivers…</source>
        <translation>&amp;Renonciations au privilège…</translation>
    </message>
    <message>
        <source>Lien waiver &amp;wording…</source>
        <translation>&amp;Texte des renonciations au privilège…</translation>
    </message>
    <message>
        <source>Select a project first.</source>
        <translation>Sélectionnez d&apos;abord un projet.</translation>
    </message>
    <message>
        <source>Project {0} has no applied deposit (its deposit is a milestone).</source>
        <translation>Le projet {0} n&apos;a pas d&apos;acompte imputé (son acompte est une étape).</translation>
    </message>
    <message>
        <source>Project {0} bills by milestones; pay applications need progress billing.</source>
        <translation>Le projet {0} est facturé par étapes ; les demandes de paiement exigent une facturation à l&apos;avancement.</translation>
    </message>
</context>
<context>
    <name>ConstructionTerms</name>
    <message>
        <source>Construction terms</source>
        <translation>Conditions du marché</translation>
    </message>
    <message>
        <source>By milestones (a payment schedule)</source>
        <translation>Par étapes (un échéancier de paiement)</translation>
    </message>
    <message>
        <source>Progress: schedule of values, pay applications (G702/G703)</source>
        <translation>À l&apos;avancement : bordereau des prix, demandes de paiement (G702/G703)</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <source>Before tax</source>
        <translation>Hors taxes</translation>
    </message>
    <message>
        <source>After tax</source>
        <translation>Toutes taxes comprises</translation>
    </message>
    <message>
        <source>Retainage basis</source>
        <translation>Assiette de la retenue</translation>
    </message>
    <message>
        <source>Lower retainage to</source>
        <translation>Réduire la retenue à</translation>
    </message>
    <message>
        <source>% once work reaches</source>
        <translation>% dès que les travaux atteignent</translation>
    </message>
    <message>
        <source>% of the contract</source>
        <translation>% du marché</translation>
    </message>
    <message>
        <source>Step-down</source>
        <translation>Réduction</translation>
    </message>
    <message>
        <source>A milestone of the schedule (if any)</source>
        <translation>Une étape de l&apos;échéancier (le cas échéant)</translation>
    </message>
    <message>
        <source>Applied: an advance deducted from later invoices</source>
        <translation>Imputé : une avance déduite des factures suivantes</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Acompte</translation>
    </message>
    <message>
        <source>deducted pro rata from each milestone invoice</source>
        <translation>déduit au prorata de chaque facture d&apos;étape</translation>
    </message>
    <message>
        <source>deducted all on the final invoice</source>
        <translation>déduit en totalité sur la facture finale</translation>
    </message>
    <message>
        <source>Deposit amount</source>
        <translation>Montant de l&apos;acompte</translation>
    </message>
    <message>
        <source>step-down threshold</source>
        <translation>seuil de réduction</translation>
    </message>
    <message>
        <source>stepped-down retainage rate</source>
        <translation>taux de retenue réduit</translation>
    </message>
    <message>
        <source>deposit</source>
        <translation>acompte</translation>
    </message>
    <message>
        <source>An applied deposit must be more than zero.</source>
        <translation>Un acompte imputé doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>The stepped-down retainage rate cannot be above the retainage rate.</source>
        <translation>Le taux de retenue réduit ne peut pas dépasser le taux de retenue.</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>Move {0}</source>
        <extracomment>The PDF renderer&apos;s imports and fonts are warmed this long after the first load (start of the day).</extracomment>
        <translation>Déplacer {0}</translation>
    </message>
    <message>
        <source>Milestone Desk</source>
        <translation>Milestone Desk</translation>
    </message>
    <message>
        <source>This window shows the file read-only; nothing can be changed here.</source>
        <translation>Cette fenêtre montre le fichier en lecture seule ; rien ne peut être modifié ici.</translation>
    </message>
    <message>
        <source>Loading projects…</source>
        <translation>Chargement des projets…</translation>
    </message>
    <message>
        <source>Discard the unsaved changes to the schedule of {0}?</source>
        <translation>Abandonner les modifications non enregistrées de l&apos;échéancier de {0} ?</translation>
    </message>
    <message>
        <source>Company profile saved.</source>
        <translation>Profil de l&apos;entreprise enregistré.</translation>
    </message>
    <message>
        <source>Client {0} added.</source>
        <translation>Client {0} ajouté.</translation>
    </message>
    <message>
        <source>Select a project to edit its client.</source>
        <translation>Sélectionnez un projet pour modifier son client.</translation>
    </message>
    <message>
        <source>Client {0} saved.</source>
        <translation>Client {0} enregistré.</translation>
    </message>
    <message>
        <source>Set up the company profile first (File → Company profile).</source>
        <translation>Configurez d&apos;abord le profil de l&apos;entreprise (Fichier → Profil de l&apos;entreprise).</translation>
    </message>
    <message>
        <source>Project {0} created.</source>
        <translation>Projet {0} créé.</translation>
    </message>
    <message>
        <source>Archive project {0}? It leaves the active list; nothing is deleted.</source>
        <translation>Archiver le projet {0} ? Il quitte la liste active ; rien n&apos;est supprimé.</translation>
    </message>
    <message>
        <source>Project {0} is now {1}.</source>
        <translation>Le projet {0} est maintenant {1}.</translation>
    </message>
    <message>
        <source>Schedule of {0} saved.</source>
        <translation>Échéancier de {0} enregistré.</translation>
    </message>
    <message>
        <source>Discard the unsaved changes to this schedule?</source>
        <translation>Abandonner les modifications non enregistrées de cet échéancier ?</translation>
    </message>
    <message>
        <source>Nothing was changed; check the entry.</source>
        <translation>Rien n&apos;a été modifié ; vérifiez la saisie.</translation>
    </message>
    <message>
        <source>{0} marked complete.</source>
        <translation>{0} marquée terminée.</translation>
    </message>
    <message>
        <source>Reopen {0}? It goes back to in progress.</source>
        <translation>Rouvrir {0} ? Elle repasse en cours.</translation>
    </message>
    <message>
        <source>{0} reopened.</source>
        <translation>{0} rouverte.</translation>
    </message>
    <message>
        <source>Move {0} to {1}, past {2}? The milestones would then be planned out of their order.</source>
        <translation>Déplacer {0} au {1}, après {2} ? Les jalons seraient alors planifiés hors de leur ordre.</translation>
    </message>
    <message>
        <source>{0} moved to {1}.</source>
        <translation>{0} déplacé au {1}.</translation>
    </message>
    <message>
        <source>{0} moved.</source>
        <translation type="vanished">{0} déplacée.</translation>
    </message>
    <message>
        <source>Invoice {0} issued.</source>
        <translation>Facture {0} émise.</translation>
    </message>
    <message>
        <source>Select an open invoice in the invoices pane first.</source>
        <translation>Sélectionnez d&apos;abord une facture ouverte dans le volet des factures.</translation>
    </message>
    <message>
        <source>Payment recorded, receipt {0}.</source>
        <translation>Paiement enregistré, reçu {0}.</translation>
    </message>
    <message>
        <source>{0} kept as client credit.</source>
        <translation>{0} conservé comme crédit client.</translation>
    </message>
    <message>
        <source>Give the client the receipt:</source>
        <translation>Remettez le reçu au client :</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Milestone Desk — something went wrong</source>
        <translation>Milestone Desk — une erreur s’est produite</translation>
    </message>
    <message>
        <source>Milestone Desk hit an error it did not expect. The step you were taking did not finish; anything already saved in the company file is safe. Please send the report below to whoever supports your installation.</source>
        <translation>Milestone Desk a rencontré une erreur inattendue. L’étape en cours ne s’est pas terminée ; tout ce qui est déjà enregistré dans le fichier de l’entreprise est en sécurité. Envoyez le rapport ci-dessous à la personne qui assure le support de votre installation.</translation>
    </message>
    <message>
        <source>The log file is at {0}</source>
        <translation>Le fichier journal se trouve dans {0}</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Copier le rapport</translation>
    </message>
</context>
<context>
    <name>CreditNoteDialog</name>
    <message>
        <source>Credit note</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <source>Issue credit note</source>
        <translation>Émettre l&apos;avoir</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>balance</source>
        <translation>solde</translation>
    </message>
    <message>
        <source>Why is this credit given? (required)</source>
        <translation>Pourquoi cet avoir ? (obligatoire)</translation>
    </message>
    <message>
        <source>Reduce what the client owes on this invoice</source>
        <translation>Réduire ce que le client doit sur cette facture</translation>
    </message>
    <message>
        <source>Refund money the client already paid</source>
        <translation>Rembourser de l&apos;argent déjà payé par le client</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Credit is</source>
        <translation>L&apos;avoir</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <source>Set up the company profile to see what is owed and what comes in next.</source>
        <translation>Configurez le profil de l&apos;entreprise pour voir ce qui est dû et ce qui va rentrer.</translation>
    </message>
    <message>
        <source>Opening the books…</source>
        <translation>Ouverture des livres…</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Restant dû</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Retainage held</source>
        <translation>Retenues détenues</translation>
    </message>
    <message>
        <source>Due in the next 14 days</source>
        <translation>Échéance dans les 14 prochains jours</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>To bill</source>
        <translation>À facturer</translation>
    </message>
    <message>
        <source>Overdue and due soon</source>
        <translation>En retard et bientôt dues</translation>
    </message>
    <message>
        <source>Milestones coming up</source>
        <translation>Étapes à venir</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Cash-flow forecast</source>
        <translation>Prévision de trésorerie</translation>
    </message>
    <message>
        <source>Receivables on {0}</source>
        <translation>Créances au {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) past due</source>
        <translation>
            <numerusform>%n facture en retard</numerusform>
            <numerusform>%n factures en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n facture</numerusform>
            <numerusform>%n factures</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} invoice(s) past due</source>
        <translation type="vanished">{0} facture(s) en retard</translation>
    </message>
    <message>
        <source>Nothing overdue</source>
        <translation>Rien en retard</translation>
    </message>
    <message>
        <source>Released at completion</source>
        <translation>Libérée à l&apos;achèvement</translation>
    </message>
    <message>
        <source>{0} invoice(s)</source>
        <translation type="vanished">{0} facture(s)</translation>
    </message>
    <message>
        <source>Nothing due soon</source>
        <translation>Rien à échéance proche</translation>
    </message>
    <message>
        <source>{0} unapplied client credit</source>
        <translation>{0} de crédit client non imputé</translation>
    </message>
    <message>
        <source>Issued and not yet paid</source>
        <translation>Émis et pas encore payé</translation>
    </message>
    <message>
        <source>{0} days late</source>
        <translation>{0} jours de retard</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>échéance aujourd&apos;hui</translation>
    </message>
    <message>
        <source>in {0} days</source>
        <translation>dans {0} jours</translation>
    </message>
</context>
<context>
    <name>DepositDialog</name>
    <message>
        <source>Deposit invoice — {0}</source>
        <translation>Facture d&apos;acompte — {0}</translation>
    </message>
    <message>
        <source>The deposit is an advance outside the payment schedule: it is invoiced now with no tax and no retainage, and later milestone invoices deduct it.</source>
        <translation>L&apos;acompte est une avance hors échéancier de paiement : il est facturé maintenant sans taxe ni retenue, et les factures d&apos;étape suivantes le déduisent.</translation>
    </message>
    <message>
        <source>Contract sum to date</source>
        <translation>Montant du marché à ce jour</translation>
    </message>
    <message>
        <source>Deposit (amount due)</source>
        <translation>Acompte (montant dû)</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Date de facture</translation>
    </message>
    <message>
        <source>Issue deposit invoice</source>
        <translation>Émettre la facture d&apos;acompte</translation>
    </message>
    <message>
        <source>Issue the deposit invoice of {0} for {1}? Issued invoices cannot be edited.</source>
        <translation>Émettre la facture d&apos;acompte de {0} pour {1} ? Les factures émises ne peuvent plus être modifiées.</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>Milestone Desk</source>
        <extracomment>A plain sentence for the status bar after each action.</extracomment>
        <translation>Milestone Desk</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Enregistrer le PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Invoice {0}</source>
        <translation>Facture {0}</translation>
    </message>
    <message>
        <source>Receipt {0}</source>
        <translation>Reçu {0}</translation>
    </message>
    <message>
        <source>Draft invoice — {0}</source>
        <translation>Brouillon de facture — {0}</translation>
    </message>
    <message>
        <source>Sent {0} to the printer.</source>
        <translation>Envoyé à l&apos;imprimante : {0}.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>L&apos;imprimante n&apos;a pas pu démarrer.</translation>
    </message>
    <message>
        <source>Sent {0} {1} to the printer.</source>
        <translation type="vanished">{0} {1} envoyé à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>Cannot write {0}: {1}.</source>
        <translation type="vanished">Impossible d&apos;écrire {0} : {1}.</translation>
    </message>
    <message>
        <source>Saved {0}.</source>
        <translation>{0} enregistré.</translation>
    </message>
    <message>
        <source>Invoice {0} sent.</source>
        <translation>Facture {0} envoyée.</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <source>Drafts from the site</source>
        <translation>Brouillons du chantier</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Written (UTC)</source>
        <translation>Écrit (UTC)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Change-order request</source>
        <translation>Demande d’avenant</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>office</source>
        <translation>bureau</translation>
    </message>
    <message>
        <source>No drafts yet. Change-order requests and notes written on site show here.</source>
        <translation>Aucun brouillon pour l’instant. Les demandes d’avenant et les notes écrites sur le chantier s’affichent ici.</translation>
    </message>
    <message>
        <source>New draft…</source>
        <translation>Nouveau brouillon…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>waiting for the next sync</source>
        <translation>en attente de la prochaine synchronisation</translation>
    </message>
    <message>
        <source>sent to the office {0}</source>
        <translation>envoyé au bureau {0}</translation>
    </message>
    <message>
        <source>at the office</source>
        <translation>au bureau</translation>
    </message>
    <message>
        <source>received</source>
        <translation>reçu</translation>
    </message>
</context>
<context>
    <name>EInvoiceActions</name>
    <message>
        <source>Save e-invoice</source>
        <translation>Enregistrer la facture électronique</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <source>PDF with embedded XML (*.pdf)</source>
        <translation>PDF avec XML intégré (*.pdf)</translation>
    </message>
    <message>
        <source>XML (*.xml)</source>
        <translation>XML (*.xml)</translation>
    </message>
    <message>
        <source>Cannot write {0}: {1}.</source>
        <translation>Impossible d&apos;écrire {0} : {1}.</translation>
    </message>
    <message>
        <source>Saved e-invoice {0} ({1}).</source>
        <translation>Facture électronique enregistrée : {0} ({1}).</translation>
    </message>
</context>
<context>
    <name>EmailDialog</name>
    <message>
        <source>Email invoice {0}</source>
        <translation>Envoyer la facture {0} par e-mail</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>À :</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Objet :</translation>
    </message>
    <message>
        <source>Attachment:</source>
        <translation>Pièce jointe :</translation>
    </message>
    <message>
        <source>Attach as e-invoice (Factur-X: the PDF with its XML inside)</source>
        <translation>Joindre en facture électronique (Factur-X : le PDF avec son XML intégré)</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Envoyer maintenant</translation>
    </message>
    <message>
        <source>Open in my mail program (.eml)…</source>
        <translation>Ouvrir dans ma messagerie (.eml)…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Sent — the server replied: {0}</source>
        <translation>Envoyé — le serveur a répondu : {0}</translation>
    </message>
    <message>
        <source>Not sent yet: {0}</source>
        <translation>Pas encore envoyé : {0}</translation>
    </message>
    <message>
        <source>Failed: {0}</source>
        <translation>Échec : {0}</translation>
    </message>
    <message>
        <source>Save email draft</source>
        <translation>Enregistrer le brouillon</translation>
    </message>
    <message>
        <source>Email message (*.eml)</source>
        <translation>Message e-mail (*.eml)</translation>
    </message>
    <message>
        <source>Draft saved to {0}; it opens in your mail program.</source>
        <translation>Brouillon enregistré dans {0} ; il s&apos;ouvre dans votre messagerie.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export for the accountant</source>
        <translation>Export pour le comptable</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <source>Only what was not exported before (and mark it exported)</source>
        <translation>Uniquement ce qui n&apos;a pas encore été exporté (et le marquer comme exporté)</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Logiciel</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>QuickBooks Online and Xero get two files: the invoices and, beside them, the payments.</source>
        <translation>QuickBooks Online et Xero reçoivent deux fichiers : les factures et, à côté, les paiements.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
</context>
<context>
    <name>FieldActions</name>
    <message>
        <source>Take a &amp;field copy…</source>
        <translation>Créer une copie pour le &amp;terrain…</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflits…</translation>
    </message>
    <message>
        <source>&amp;Drafts…</source>
        <translation>&amp;Brouillons…</translation>
    </message>
    <message>
        <source>Sign &amp;off on site…</source>
        <translation>Faire &amp;signer la réception sur le chantier…</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <extracomment>Runs a modal dialog (tests put a script here instead of exec()).</extracomment>
        <translation>&amp;Synchroniser</translation>
    </message>
    <message>
        <source>Field copy of {0} · last synced {1}</source>
        <translation>Copie terrain de {0} · dernière synchronisation {1}</translation>
    </message>
    <message>
        <source>Field copy for {0} written to {1}.</source>
        <translation>Copie terrain pour {0} enregistrée dans {1}.</translation>
    </message>
    <message>
        <source>Syncing with the office…</source>
        <translation>Synchronisation avec le bureau…</translation>
    </message>
    <message>
        <source>Synced: pushed {0}, pulled {1} change(s).</source>
        <translation>Synchronisé : {0} modification(s) envoyée(s), {1} reçue(s).</translation>
    </message>
    <message>
        <source>{0} conflict(s) for the office to settle.</source>
        <translation>{0} conflit(s) à régler au bureau.</translation>
    </message>
    <message>
        <source>Draft saved for {0}.</source>
        <translation>Brouillon enregistré pour {0}.</translation>
    </message>
    <message>
        <source>Select a milestone in the schedule first.</source>
        <translation>Sélectionnez d&apos;abord une étape dans l&apos;échéancier.</translation>
    </message>
    <message>
        <source>{0} signed off by {1}.</source>
        <translation>{0} : réception signée par {1}.</translation>
    </message>
</context>
<context>
    <name>FieldCopyDialog</name>
    <message>
        <source>Take a field copy</source>
        <translation>Créer une copie pour le terrain</translation>
    </message>
    <message>
        <source>Office books:</source>
        <translation>Comptabilité du bureau :</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Field copy file:</source>
        <translation>Fichier de la copie terrain :</translation>
    </message>
    <message>
        <source>e.g. TRUCK1</source>
        <translation>p. ex. CAMION1</translation>
    </message>
    <message>
        <source>Device code:</source>
        <translation>Code de l&apos;appareil :</translation>
    </message>
    <message>
        <source>all projects, or e.g. P-001,P-002</source>
        <translation>tous les projets, ou p. ex. P-001,P-002</translation>
    </message>
    <message>
        <source>Projects:</source>
        <translation>Projets :</translation>
    </message>
    <message>
        <source>Field copy</source>
        <translation>Copie terrain</translation>
    </message>
    <message>
        <source>Milestone Desk books (*.mdesk)</source>
        <translation>Comptabilité Milestone Desk (*.mdesk)</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Out&amp;box…</source>
        <translation>&amp;Boîte d&apos;envoi…</translation>
    </message>
    <message>
        <source>&amp;Mail server…</source>
        <translation>Serveur de &amp;messagerie…</translation>
    </message>
    <message>
        <source>The lock on this file could not be renewed; another window may open it.</source>
        <translation>Le verrou de ce fichier n&apos;a pas pu être renouvelé ; une autre fenêtre pourrait l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>Your server account may only read these books.</source>
        <translation>Votre compte sur le serveur ne peut que consulter cette comptabilité.</translation>
    </message>
    <message>
        <source>Another window or computer has this file open; nothing can be changed here.</source>
        <translation>Une autre fenêtre ou un autre ordinateur a ouvert ce fichier ; rien ne peut être modifié ici.</translation>
    </message>
    <message>
        <source>Outbox: {0} waiting</source>
        <translation>Boîte d&apos;envoi : {0} en attente</translation>
    </message>
    <message>
        <source>Backing up {0}…</source>
        <translation>Sauvegarde de {0}…</translation>
    </message>
    <message>
        <source>The backup could not be written: {0}.</source>
        <translation>La sauvegarde n&apos;a pas pu être écrite : {0}.</translation>
    </message>
    <message>
        <source>Backup saved: {0}</source>
        <translation>Sauvegarde enregistrée : {0}</translation>
    </message>
    <message>
        <source>Today&apos;s backup saved: {0}</source>
        <translation>Sauvegarde du jour enregistrée : {0}</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made: {0}</source>
        <translation>La sauvegarde du jour n’a pas pu être faite : {0}</translation>
    </message>
    <message>
        <source>This window shows the file read-only; restore it from the window that has it open.</source>
        <translation>Cette fenêtre montre le fichier en lecture seule ; restaurez-le depuis la fenêtre qui l&apos;a ouvert.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restauration de la sauvegarde…</translation>
    </message>
    <message>
        <source>The backup was restored; the file shows it now.</source>
        <translation>La sauvegarde a été restaurée ; le fichier l&apos;affiche maintenant.</translation>
    </message>
    <message>
        <source>There are no backups of this file yet.</source>
        <translation>Il n&apos;y a pas encore de sauvegarde de ce fichier.</translation>
    </message>
    <message>
        <source>Replace the company file with the backup you chose? The current file is kept aside first.</source>
        <translation>Remplacer le fichier d&apos;entreprise par la sauvegarde choisie ? Le fichier actuel est d&apos;abord mis de côté.</translation>
    </message>
    <message>
        <source>Mail server settings saved.</source>
        <translation>Réglages du serveur de messagerie enregistrés.</translation>
    </message>
</context>
<context>
    <name>ForecastChart</name>
    <message>
        <source>Cash-flow forecast chart</source>
        <translation>Graphique de prévision de trésorerie</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Encaissé</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>… et {0} de plus</translation>
    </message>
    <message>
        <source>{0}  {1} — {2}  {3}</source>
        <translation>{0}  {1} — {2}  {3}</translation>
    </message>
    <message>
        <source>{0}  milestone {1} ({2}, {3})  {4}</source>
        <translation>{0}  étape {1} ({2}, {3})  {4}</translation>
    </message>
    <message>
        <source>overdue  {0} ({1}, {2})  {3}</source>
        <translation>en retard  {0} ({1}, {2})  {3}</translation>
    </message>
    <message>
        <source>due {0}  {1} ({2}, {3})  {4}</source>
        <translation>échéance {0}  {1} ({2}, {3})  {4}</translation>
    </message>
    <message>
        <source>No forecast yet</source>
        <translation>Pas encore de prévision</translation>
    </message>
    <message>
        <source>Overdue, expected now</source>
        <translation>En retard, attendu maintenant</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>This {0}</source>
        <translation type="vanished">Ce {0}</translation>
    </message>
</context>
<context>
    <name>ForecastPanel</name>
    <message>
        <source>By month</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Par semaine</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>Open a company file</source>
        <translation>Ouvrir un fichier d’entreprise</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide de l’utilisateur</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Ouvrir le dossier des données</translation>
    </message>
    <message>
        <source>Copy diagnostics</source>
        <translation>Copier le diagnostic</translation>
    </message>
    <message>
        <source>Copy version and folder details for a support request (no company data)</source>
        <translation>Copie les versions et les dossiers pour une demande d’assistance (aucune donnée de l’entreprise)</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History — {0}</source>
        <translation>Historique — {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s). The trail is append-only; each event is chained to the one before.</source>
        <translation>
            <numerusform>%n événement. Le journal ne fait que s’allonger ; chaque événement est chaîné au précédent.</numerusform>
            <numerusform>%n événements. Le journal ne fait que s’allonger ; chaque événement est chaîné au précédent.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} event(s). The trail is append-only; each event is chained to the one before.</source>
        <translation type="vanished">{0} événement(s). Le journal est en ajout seul ; chaque événement est chaîné au précédent.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When (UTC)</source>
        <extracomment>Keys of audit payloads that hold money in minor units.</extracomment>
        <translation>Quand (UTC)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émise</translation>
    </message>
    <message>
        <source>Payment applied</source>
        <translation>Paiement imputé</translation>
    </message>
    <message>
        <source>Payment recorded</source>
        <translation>Paiement enregistré</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Commencée</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Rouverte</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation>Replanifiée</translation>
    </message>
    <message>
        <source>Invoice voided</source>
        <translation>Facture annulée</translation>
    </message>
    <message>
        <source>receipt PDF fingerprint kept</source>
        <translation>empreinte du PDF du reçu conservée</translation>
    </message>
    <message>
        <source>PDF fingerprint kept</source>
        <translation>empreinte du PDF conservée</translation>
    </message>
</context>
<context>
    <name>InvoiceActions</name>
    <message>
        <source>Pre&amp;view / open PDF</source>
        <translation>&amp;Aperçu / ouvrir le PDF</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Enregistrer le PDF…</translation>
    </message>
    <message>
        <source>&amp;Email…</source>
        <translation>Envoyer par &amp;e-mail…</translation>
    </message>
    <message>
        <source>Save e-&amp;invoice…</source>
        <translation>Enregistrer la &amp;facture électronique…</translation>
    </message>
    <message>
        <source>Bank, tax and e-invoice &amp;details…</source>
        <translation>&amp;Données bancaires, fiscales et de facture électronique…</translation>
    </message>
    <message>
        <source>&amp;Void invoice…</source>
        <translation>&amp;Annuler la facture…</translation>
    </message>
    <message>
        <source>&amp;Credit note…</source>
        <translation>&amp;Avoir…</translation>
    </message>
    <message>
        <source>Invoice &amp;history…</source>
        <translation>&amp;Historique de la facture…</translation>
    </message>
    <message>
        <source>&amp;Receipts of this invoice</source>
        <translation>&amp;Reçus de cette facture</translation>
    </message>
    <message>
        <source>Select an issued invoice in the invoices pane first.</source>
        <translation>Sélectionnez d&apos;abord une facture émise dans le volet des factures.</translation>
    </message>
    <message>
        <source>Bank, tax and e-invoice details saved.</source>
        <translation>Données bancaires, fiscales et de facture électronique enregistrées.</translation>
    </message>
    <message>
        <source>Void invoice {0}? Its number stays used and it can no longer be paid. This cannot be undone.</source>
        <translation>Annuler la facture {0} ? Son numéro reste utilisé et elle ne pourra plus être payée. C&apos;est irréversible.</translation>
    </message>
    <message>
        <source>Invoice {0} is void.</source>
        <translation>La facture {0} est annulée.</translation>
    </message>
    <message>
        <source>Credit note {0} issued against {1}.</source>
        <translation>Avoir {0} émis sur {1}.</translation>
    </message>
    <message>
        <source>invoice {0}</source>
        <translation>facture {0}</translation>
    </message>
    <message>
        <source>Select a project first.</source>
        <translation>Sélectionnez d&apos;abord un projet.</translation>
    </message>
    <message>
        <source>project {0}</source>
        <translation>projet {0}</translation>
    </message>
    <message>
        <source>Select a milestone in the schedule first.</source>
        <translation>Sélectionnez d&apos;abord une étape dans l&apos;échéancier.</translation>
    </message>
    <message>
        <source>milestone {0}</source>
        <translation>étape {0}</translation>
    </message>
    <message>
        <source>Print with PAID stamp…</source>
        <translation>Imprimer avec le tampon PAYÉE…</translation>
    </message>
    <message>
        <source>Save PDF with PAID stamp…</source>
        <translation>Enregistrer le PDF avec le tampon PAYÉE…</translation>
    </message>
    <message>
        <source>(no payments yet)</source>
        <translation>(aucun paiement pour l&apos;instant)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Enregistrer le PDF…</translation>
    </message>
    <message>
        <source>Email…</source>
        <translation>E-mail…</translation>
    </message>
    <message>
        <source>Email receipt {0} to the client.</source>
        <translation>Envoyer le reçu {0} au client par e-mail.</translation>
    </message>
    <message>
        <source>Receipt {0} is in the outbox; File → Outbox… sends it.</source>
        <translation>Le reçu {0} est dans la boîte d&apos;envoi ; Fichier → Boîte d&apos;envoi… l&apos;envoie.</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Reçus</translation>
    </message>
</context>
<context>
    <name>InvoicesModel</name>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émise</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Overdue {0} d</source>
        <translation>En retard {0} j</translation>
    </message>
    <message>
        <source>credited {0}</source>
        <translation>avoir {0}</translation>
    </message>
    <message>
        <source>Void: {0}</source>
        <translation>Annulée : {0}</translation>
    </message>
</context>
<context>
    <name>InvoicesPane</name>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Tous les projets</translation>
    </message>
    <message>
        <source>Record payment…</source>
        <translation>Enregistrer un paiement…</translation>
    </message>
    <message>
        <source>Invoices — all projects</source>
        <translation>Factures — tous les projets</translation>
    </message>
    <message>
        <source>Invoices — {0}</source>
        <translation>Factures — {0}</translation>
    </message>
    <message>
        <source>Open {0}</source>
        <translation>Ouvert {0}</translation>
    </message>
    <message>
        <source>{0} overdue</source>
        <translation>{0} en retard</translation>
    </message>
</context>
<context>
    <name>IssueInvoiceDialog</name>
    <message>
        <source>Issue invoice</source>
        <translation>Émettre la facture</translation>
    </message>
    <message>
        <source>Issuing the invoice and making its PDF…</source>
        <translation>Émission de la facture et création de son PDF…</translation>
    </message>
    <message>
        <source>Invoice for &lt;b&gt;{0}&lt;/b&gt; of project {1}. The invoice number is taken only when you issue it.</source>
        <translation>Facture pour &lt;b&gt;{0}&lt;/b&gt; du projet {1}. Le numéro n&apos;est attribué qu&apos;à l&apos;émission.</translation>
    </message>
    <message>
        <source>Milestone amount (gross)</source>
        <translation>Montant de l&apos;étape (brut)</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Taxe</translation>
    </message>
    <message>
        <source>Retainage withheld</source>
        <translation>Retenue appliquée</translation>
    </message>
    <message>
        <source>Deposit applied</source>
        <translation>Acompte imputé</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Montant dû</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Date d&apos;émission</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Date d&apos;échéance</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Écriture</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Pièce</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Libellé</translation>
    </message>
</context>
<context>
    <name>JournalPanel</name>
    <message>
        <source>All dates</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Tous les comptes</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>Enregistrer en CSV…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>{0} entries, {1} lines · debits {2} · credits {3}</source>
        <translation>{0} écritures, {1} lignes · débits {2} · crédits {3}</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System default ({0})</source>
        <translation>Celle du système ({0})</translation>
    </message>
    <message>
        <source>Menus and dialogs opened from now on use the new language.</source>
        <translation>Les menus et fenêtres ouverts à partir de maintenant utiliseront la nouvelle langue.</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Exemple</translation>
    </message>
</context>
<context>
    <name>LedgerView</name>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>This company file has no company profile yet. Set it up to start billing.</source>
        <translation>Ce fichier n&apos;a pas encore de profil d&apos;entreprise. Configurez-le pour commencer à facturer.</translation>
    </message>
    <message>
        <source>Set up company profile…</source>
        <translation>Configurer le profil de l&apos;entreprise…</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Projects and billing</source>
        <translation>Projets et facturation</translation>
    </message>
    <message>
        <source>&amp;New company…</source>
        <translation>&amp;Nouvelle entreprise…</translation>
    </message>
    <message>
        <source>Open the &amp;sample company</source>
        <translation>Ouvrir l&apos;entreprise d&apos;&amp;exemple</translation>
    </message>
    <message>
        <source>New &amp;empty company file…</source>
        <translation>Nouveau fichier d&apos;entreprise &amp;vide…</translation>
    </message>
    <message>
        <source>&amp;Open company file…</source>
        <translation>&amp;Ouvrir un fichier d&apos;entreprise…</translation>
    </message>
    <message>
        <source>Connect to office &amp;server…</source>
        <translation>Se &amp;connecter au serveur du bureau…</translation>
    </message>
    <message>
        <source>Company &amp;profile…</source>
        <translation>&amp;Profil de l&apos;entreprise…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Undo schedule edit</source>
        <translation type="vanished">&amp;Annuler la modification de l&apos;échéancier</translation>
    </message>
    <message>
        <source>&amp;Redo schedule edit</source>
        <translation type="vanished">&amp;Rétablir la modification de l&apos;échéancier</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find project</source>
        <translation>&amp;Chercher un projet</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <source>New &amp;client…</source>
        <translation>Nouveau &amp;client…</translation>
    </message>
    <message>
        <source>&amp;Edit client of this project…</source>
        <translation>&amp;Modifier le client de ce projet…</translation>
    </message>
    <message>
        <source>&amp;Save schedule</source>
        <translation>&amp;Enregistrer l&apos;échéancier</translation>
    </message>
    <message>
        <source>Mark project &amp;active</source>
        <translation>Marquer le projet &amp;actif</translation>
    </message>
    <message>
        <source>Mark project &amp;completed</source>
        <translation>Marquer le projet &amp;terminé</translation>
    </message>
    <message>
        <source>&amp;Archive project…</source>
        <translation>&amp;Archiver le projet…</translation>
    </message>
    <message>
        <source>Mark milestone &amp;complete…</source>
        <translation>Marquer l&apos;étape &amp;terminée…</translation>
    </message>
    <message>
        <source>&amp;Reopen milestone…</source>
        <translation>&amp;Rouvrir l&apos;étape…</translation>
    </message>
    <message>
        <source>&amp;Issue invoice…</source>
        <translation>&amp;Émettre la facture…</translation>
    </message>
    <message>
        <source>Record &amp;payment…</source>
        <translation>Enregistrer un &amp;paiement…</translation>
    </message>
    <message>
        <source>Preview &amp;draft invoice…</source>
        <translation>Aperçu du &amp;brouillon de facture…</translation>
    </message>
    <message>
        <source>Project &amp;history…</source>
        <translation>&amp;Historique du projet…</translation>
    </message>
    <message>
        <source>&amp;Milestone history…</source>
        <translation>&amp;Historique de l&apos;étape…</translation>
    </message>
    <message>
        <source>&amp;Reminders and late fees…</source>
        <translation>&amp;Relances et pénalités de retard…</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>&amp;Langue…</translation>
    </message>
    <message>
        <source>Select a milestone in the schedule first.</source>
        <translation>Sélectionnez d&apos;abord une étape dans l&apos;échéancier.</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) · contract {0} · billed {1} · paid {2} · outstanding {3}</source>
        <translation>
            <numerusform>%n projet · contrat {0} · facturé {1} · payé {2} · restant dû {3}</numerusform>
            <numerusform>%n projets · contrat {0} · facturé {1} · payé {2} · restant dû {3}</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} projects · contract {1} · billed {2} · paid {3} · outstanding {4}</source>
        <translation type="vanished">{0} projets · contrat {1} · facturé {2} · payé {3} · restant dû {4}</translation>
    </message>
    <message>
        <source>Milestone Desk — {0} (read-only)</source>
        <translation>Milestone Desk — {0} (lecture seule)</translation>
    </message>
    <message>
        <source>Milestone Desk — {0}</source>
        <translation>Milestone Desk — {0}</translation>
    </message>
    <message>
        <source>Server: {0}</source>
        <translation>Serveur : {0}</translation>
    </message>
    <message>
        <source>File: {0}</source>
        <translation>Fichier : {0}</translation>
    </message>
    <message>
        <source>New company file</source>
        <translation type="vanished">Nouveau fichier d&apos;entreprise</translation>
    </message>
    <message>
        <source>Company files (*.mdesk)</source>
        <translation type="vanished">Fichiers d&apos;entreprise (*.mdesk)</translation>
    </message>
    <message>
        <source>{0} already exists. Open it instead?</source>
        <translation type="vanished">{0} existe déjà. L&apos;ouvrir à la place ?</translation>
    </message>
    <message>
        <source>Open company file</source>
        <translation type="vanished">Ouvrir un fichier d&apos;entreprise</translation>
    </message>
    <message>
        <source>Company files (*.mdesk);;All files (*)</source>
        <translation type="vanished">Fichiers d&apos;entreprise (*.mdesk);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>New company</source>
        <translation type="vanished">Nouvelle entreprise</translation>
    </message>
    <message>
        <source>{0} already exists; choose another name.</source>
        <translation type="vanished">{0} existe déjà ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation type="vanished">(aucun pour l&apos;instant)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Projet</translation>
    </message>
    <message>
        <source>&amp;Billing</source>
        <translation>Fac&amp;turation</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Rapports</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>File</source>
        <translation type="vanished">Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="vanished">Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="vanished">&amp;Affichage</translation>
    </message>
    <message>
        <source>View</source>
        <translation type="vanished">Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="vanished">Aide</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>Para&amp;mètres</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="vanished">Paramètres</translation>
    </message>
    <message>
        <source>Language…</source>
        <translation type="vanished">Langue…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="vanished">&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="vanished">Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="vanished">Quitter</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="vanished">Client</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="vanished">Chantiers</translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="vanished">Chantier</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation type="vanished">Jalons</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="vanished">Jalon</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="vanished">Factures</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="vanished">Facture</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="vanished">Paiements</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="vanished">Paiement</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation type="vanished">Reçus</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation type="vanished">Grand livre</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation type="vanished">Nouveau chantier…</translation>
    </message>
    <message>
        <source>New client…</source>
        <translation type="vanished">Nouveau client…</translation>
    </message>
    <message>
        <source>Issue invoice</source>
        <translation type="vanished">Émettre la facture</translation>
    </message>
    <message>
        <source>Record payment…</source>
        <translation type="vanished">Enregistrer un paiement…</translation>
    </message>
    <message>
        <source>Mark completed</source>
        <translation type="vanished">Marquer comme terminé</translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="vanished">Rechercher</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="vanished">Contrat</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation type="vanished">Facturé</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="vanished">Payé</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation type="vanished">Restant dû</translation>
    </message>
    <message>
        <source>Retainage</source>
        <translation type="vanished">Retenue de garantie</translation>
    </message>
    <message>
        <source>Balance to finish</source>
        <translation type="vanished">Reste à réaliser</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="vanished">État</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="vanished">Échéance</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="vanished">Montant</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="vanished">Prévu</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="vanished">En cours</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="vanished">Terminé</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation type="vanished">Facturé</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="vanished">En retard</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="vanished">Imprimer…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="vanished">Exporter…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="vanished">Importer…</translation>
    </message>
    <message>
        <source>Backup…</source>
        <translation type="vanished">Sauvegarde…</translation>
    </message>
</context>
<context>
    <name>MilestonePane</name>
    <message>
        <source>No project selected</source>
        <translation>Aucun projet sélectionné</translation>
    </message>
    <message>
        <source>Add a milestone</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <source>Remove the selected milestone</source>
        <translation>Retirer l&apos;étape sélectionnée</translation>
    </message>
    <message>
        <source>Undo the last schedule edit</source>
        <translation>Annuler la dernière modification de l&apos;échéancier</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Save schedule</source>
        <translation>Enregistrer l&apos;échéancier</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir l&apos;original</translation>
    </message>
    <message>
        <source>Mark complete…</source>
        <translation>Marquer terminée…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>Issue invoice…</source>
        <translation>Émettre la facture…</translation>
    </message>
    <message>
        <source>Selected milestone:</source>
        <translation>Étape sélectionnée :</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0} — {1}&lt;/b&gt;&lt;br&gt;{2} · contract {3} · tax {4} · retainage {5}</source>
        <translation>&lt;b&gt;{0} — {1}&lt;/b&gt;&lt;br&gt;{2} · contrat {3} · taxe {4} · retenue {5}</translation>
    </message>
    <message>
        <source>(locked: change orders)</source>
        <translation>(verrouillé : avenants)</translation>
    </message>
    <message>
        <source>(locked: invoices issued)</source>
        <translation>(verrouillé : factures émises)</translation>
    </message>
</context>
<context>
    <name>NewDraftDialog</name>
    <message>
        <source>New draft — {0}</source>
        <translation>Nouveau brouillon — {0}</translation>
    </message>
    <message>
        <source>Change-order request</source>
        <translation>Demande d’avenant</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>e.g. 1250.00 or -300.00</source>
        <translation>p. ex. 1250.00 ou -300.00</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Montant :</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texte :</translation>
    </message>
</context>
<context>
    <name>NewProjectWizard</name>
    <message>
        <source>New project</source>
        <extracomment>Page ids: the schedule of values (progress billing) comes before the payment schedule so that the milestone path still ends on the last page id.</extracomment>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>Create project</source>
        <translation>Créer le projet</translation>
    </message>
</context>
<context>
    <name>OpenFlow</name>
    <message>
        <source>Checking the company file…</source>
        <translation>Vérification du fichier de l’entreprise…</translation>
    </message>
</context>
<context>
    <name>OpenProblemDialog</name>
    <message>
        <source>Milestone Desk</source>
        <translation>Milestone Desk</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Read-only shows the books as they are saved; nothing can be changed in this window.</source>
        <translation>La lecture seule montre les comptes tels qu&apos;enregistrés ; rien ne peut être modifié dans cette fenêtre.</translation>
    </message>
    <message>
        <source>You can restore a backup; the current file is kept aside first, nothing is deleted.</source>
        <translation>Vous pouvez restaurer une sauvegarde ; le fichier actuel est d&apos;abord mis de côté, rien n&apos;est supprimé.</translation>
    </message>
    <message>
        <source>No backup of this file was found. The file was not changed.</source>
        <translation>Aucune sauvegarde de ce fichier n&apos;a été trouvée. Le fichier n&apos;a pas été modifié.</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Milestone Desk</source>
        <translation>Milestone Desk</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Outbox</source>
        <translation>Boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>Send waiting messages</source>
        <translation>Envoyer les messages en attente</translation>
    </message>
    <message>
        <source>Retry selected</source>
        <translation>Réessayer la sélection</translation>
    </message>
    <message>
        <source>{0} waiting, {1} failed, {2} in all.</source>
        <translation>{0} en attente, {1} en échec, {2} au total.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>{0} of {1} sent.</source>
        <translation>{0} sur {1} envoyés.</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Essais</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Quand (UTC)</translation>
    </message>
    <message>
        <source>Server reply / reason</source>
        <translation>Réponse du serveur / motif</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>envoi en cours</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
</context>
<context>
    <name>PayAppDialog</name>
    <message>
        <source>Pay application — {0}</source>
        <translation>Demande de paiement — {0}</translation>
    </message>
    <message>
        <source>Application No. {0} — {1} {2}</source>
        <translation>Demande n° {0} — {1} {2}</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Période jusqu&apos;au</translation>
    </message>
    <message>
        <source>Type work completed this period (E) and materials presently stored (F) in the shaded cells.</source>
        <translation>Saisissez dans les cellules grisées les travaux réalisés sur la période (E) et les matériaux actuellement stockés (F).</translation>
    </message>
    <message>
        <source>Previous application&apos;s period ended {0}.</source>
        <translation>La période de la demande précédente a pris fin le {0}.</translation>
    </message>
    <message>
        <source>Application for payment (summary)</source>
        <translation>Demande de paiement (récapitulatif)</translation>
    </message>
    <message>
        <source>Issue numbers the application (APP-…), bills line 8 through a progress invoice and issues its conditional progress lien waiver. The PDF is frozen at issue; preview or save it here.</source>
        <translation>L&apos;émission numérote la demande (APP-…), facture la ligne 8 par une facture de situation et émet sa renonciation au privilège partielle conditionnelle. Le PDF est figé à l&apos;émission ; prévisualisez-le ou enregistrez-le ici.</translation>
    </message>
    <message>
        <source>Preview PDF…</source>
        <translation>Aperçu du PDF…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Enregistrer le PDF…</translation>
    </message>
    <message>
        <source>Issue application</source>
        <translation>Émettre la demande</translation>
    </message>
    <message>
        <source>1. Original contract sum</source>
        <translation>1. Montant initial du marché</translation>
    </message>
    <message>
        <source>2. Net change by change orders</source>
        <translation>2. Variation nette par avenants</translation>
    </message>
    <message>
        <source>3. Contract sum to date (line 1 ± 2)</source>
        <translation>3. Montant du marché à ce jour (ligne 1 ± 2)</translation>
    </message>
    <message>
        <source>4. Total completed and stored to date (column G)</source>
        <translation>4. Total réalisé et stocké à ce jour (colonne G)</translation>
    </message>
    <message>
        <source>5. Retainage: a. on completed work</source>
        <translation>5. Retenue : a. sur travaux réalisés</translation>
    </message>
    <message>
        <source>    b. on stored material</source>
        <translation>    b. sur matériaux stockés</translation>
    </message>
    <message>
        <source>    Total retainage (lines 5a + 5b)</source>
        <translation>    Retenue totale (lignes 5a + 5b)</translation>
    </message>
    <message>
        <source>6. Total earned less retainage (line 4 − line 5)</source>
        <translation>6. Total acquis moins retenue (ligne 4 − ligne 5)</translation>
    </message>
    <message>
        <source>7. Less previous certificates for payment</source>
        <translation>7. Moins les certificats de paiement antérieurs</translation>
    </message>
    <message>
        <source>8. Current payment due</source>
        <translation>8. Paiement exigible pour la période</translation>
    </message>
    <message>
        <source>9. Balance to finish, including retainage (line 3 − line 6)</source>
        <translation>9. Reste à réaliser, retenue comprise (ligne 3 − ligne 6)</translation>
    </message>
    <message>
        <source>5. Retainage: a. {0} of completed work</source>
        <translation>5. Retenue : a. {0} des travaux réalisés</translation>
    </message>
    <message>
        <source>    b. {0} of stored material</source>
        <translation>    b. {0} des matériaux stockés</translation>
    </message>
    <message>
        <source>Issue pay application No. {0} for the period to {1}? Current payment due {2}. Issued applications cannot be edited.</source>
        <translation>Émettre la demande de paiement n° {0} pour la période jusqu&apos;au {1} ? Paiement exigible : {2}. Les demandes émises ne peuvent plus être modifiées.</translation>
    </message>
    <message>
        <source>Application {0}</source>
        <translation>Demande {0}</translation>
    </message>
    <message>
        <source>Issued {0} with invoice {1} and its conditional lien waiver. Preview or save the PDF:</source>
        <translation>Demande {0} émise avec la facture {1} et sa renonciation au privilège conditionnelle. Prévisualisez ou enregistrez le PDF :</translation>
    </message>
    <message>
        <source>Pay application {0}</source>
        <translation>Demande de paiement {0}</translation>
    </message>
    <message>
        <source>Saved {0}.</source>
        <translation>{0} enregistré.</translation>
    </message>
</context>
<context>
    <name>PayAppModel</name>
    <message>
        <source>A
Item</source>
        <translation>A
Poste</translation>
    </message>
    <message>
        <source>B
Description of work</source>
        <translation>B
Désignation des travaux</translation>
    </message>
    <message>
        <source>C
Scheduled value</source>
        <translation>C
Valeur prévue</translation>
    </message>
    <message>
        <source>D
From previous</source>
        <translation>D
Antérieur</translation>
    </message>
    <message>
        <source>E
This period</source>
        <translation>E
Cette période</translation>
    </message>
    <message>
        <source>F
Materials stored</source>
        <translation>F
Matériaux stockés</translation>
    </message>
    <message>
        <source>G
Completed &amp; stored</source>
        <translation>G
Réalisé et stocké</translation>
    </message>
    <message>
        <source>G ÷ C
%</source>
        <translation>G ÷ C
%</translation>
    </message>
    <message>
        <source>H
Balance to finish</source>
        <translation>H
Reste à réaliser</translation>
    </message>
    <message>
        <source>I
Retainage</source>
        <translation>I
Retenue</translation>
    </message>
    <message>
        <source>Grand total</source>
        <translation>Total général</translation>
    </message>
    <message>
        <source>work this period</source>
        <translation>travaux de la période</translation>
    </message>
    <message>
        <source>stored materials</source>
        <translation>matériaux stockés</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Enregistrer le PDF…</translation>
    </message>
    <message>
        <source>Email…</source>
        <translation>E-mail…</translation>
    </message>
    <message>
        <source>This preview needs QtPdf or pdftoppm; use Save PDF… instead.</source>
        <translation>Cet aperçu nécessite QtPdf ou pdftoppm ; utilisez Enregistrer le PDF…</translation>
    </message>
</context>
<context>
    <name>ProjectPage</name>
    <message>
        <source>The project</source>
        <translation>Le projet</translation>
    </message>
    <message>
        <source>Who it is for and what the contract is worth.</source>
        <translation>Pour qui, et le montant du contrat.</translation>
    </message>
    <message>
        <source>New client…</source>
        <translation>Nouveau client…</translation>
    </message>
    <message>
        <source>e.g. Kitchen remodel</source>
        <translation>ex. Rénovation de cuisine</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Project code</source>
        <translation>Code du projet</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Nom du projet</translation>
    </message>
    <message>
        <source>Site address</source>
        <translation>Adresse du chantier</translation>
    </message>
    <message>
        <source>Contract sum</source>
        <translation>Montant du contrat</translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation>Taxe %</translation>
    </message>
    <message>
        <source>Retainage %</source>
        <translation>Retenue %</translation>
    </message>
    <message>
        <source>Choose a client, or add one with New client…</source>
        <translation>Choisissez un client ou ajoutez-en un avec Nouveau client…</translation>
    </message>
    <message>
        <source>project code</source>
        <translation>code du projet</translation>
    </message>
    <message>
        <source>project name</source>
        <translation>nom du projet</translation>
    </message>
    <message>
        <source>The {0} is empty.</source>
        <translation>Le champ {0} est vide.</translation>
    </message>
    <message>
        <source>The contract sum must be more than zero.</source>
        <translation>Le montant du contrat doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>The deposit cannot be more than the contract sum.</source>
        <translation>L&apos;acompte ne peut pas dépasser le montant du marché.</translation>
    </message>
</context>
<context>
    <name>ProjectsModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Facturé</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Restant dû</translation>
    </message>
</context>
<context>
    <name>ProjectsPane</name>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Search code, project or client…</source>
        <translation>Chercher un code, projet ou client…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Tous les clients</translation>
    </message>
</context>
<context>
    <name>ReceiptBar</name>
    <message>
        <source>Preview receipt</source>
        <translation>Aperçu du reçu</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Enregistrer le PDF…</translation>
    </message>
    <message>
        <source>Email…</source>
        <translation>E-mail…</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
</context>
<context>
    <name>ReceiptOffer</name>
    <message>
        <source>Receipt {0}</source>
        <translation>Reçu {0}</translation>
    </message>
    <message>
        <source>What would you like to do with receipt {0}?</source>
        <translation>Que voulez-vous faire du reçu {0} ?</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Enregistrer le PDF…</translation>
    </message>
    <message>
        <source>client@example.com</source>
        <translation>client@exemple.fr</translation>
    </message>
    <message>
        <source>Email…</source>
        <translation>E-mail…</translation>
    </message>
    <message>
        <source>Email to</source>
        <translation>Envoyer à</translation>
    </message>
</context>
<context>
    <name>RecordPaymentDialog</name>
    <message>
        <source>Record payment</source>
        <translation>Enregistrer le paiement</translation>
    </message>
    <message>
        <source>Recording the payment and making its receipt…</source>
        <translation>Enregistrement du paiement et création de son reçu…</translation>
    </message>
    <message>
        <source>Invoice &lt;b&gt;{0}&lt;/b&gt; — {1}, {2}&lt;br&gt;Total {3}, paid {4}, balance &lt;b&gt;{5}&lt;/b&gt;</source>
        <translation>Facture &lt;b&gt;{0}&lt;/b&gt; — {1}, {2}&lt;br&gt;Total {3}, payé {4}, solde &lt;b&gt;{5}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Chèque</translation>
    </message>
    <message>
        <source>Bank transfer (ACH)</source>
        <translation>Virement bancaire</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Check number or transfer reference</source>
        <translation>Numéro de chèque ou référence du virement</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Mode de paiement</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>A payment must be more than zero.</source>
        <translation>Un paiement doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>Partial payment: {0} stays open on this invoice.</source>
        <translation>Paiement partiel : {0} reste dû sur cette facture.</translation>
    </message>
    <message>
        <source>Pays the invoice in full.</source>
        <translation>Règle la facture en totalité.</translation>
    </message>
    <message>
        <source>Pays the invoice in full; {0} more becomes client credit.</source>
        <translation>Règle la facture en totalité ; {0} de plus devient un crédit client.</translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <source>Release retainage — {0}</source>
        <translation>Libérer la retenue de garantie — {0}</translation>
    </message>
    <message>
        <source>Contract sum to date</source>
        <translation>Montant du marché à ce jour</translation>
    </message>
    <message>
        <source>Retainage held</source>
        <translation>Retenue détenue</translation>
    </message>
    <message>
        <source>Release invoice: retainage released</source>
        <translation>Facture de libération : retenue libérée</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Taxe</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Montant dû</translation>
    </message>
    <message>
        <source>A conditional final lien waiver is issued with the release; the unconditional one follows when its payment is marked cleared.</source>
        <translation>Une renonciation au privilège finale conditionnelle est émise avec la libération ; la renonciation inconditionnelle suit lorsque son paiement est marqué encaissé.</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Date de facture</translation>
    </message>
    <message>
        <source>Issue release invoice</source>
        <translation>Émettre la facture de libération</translation>
    </message>
    <message>
        <source>Release {0} of retainage on {1}? Issued invoices cannot be edited.</source>
        <translation>Libérer {0} de retenue le {1} ? Les factures émises ne peuvent plus être modifiées.</translation>
    </message>
</context>
<context>
    <name>ReminderSettingsView</name>
    <message>
        <source>Send payment reminders</source>
        <translation>Envoyer des relances de paiement</translation>
    </message>
    <message>
        <source>Days relative to the due date: -7 is a week before, 14 two weeks late</source>
        <translation>Jours par rapport à l&apos;échéance : -7 une semaine avant, 14 deux semaines de retard</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Placeholders: {0}</source>
        <translation>Champs : {0}</translation>
    </message>
    <message>
        <source>Schedule (days from due date)</source>
        <translation>Calendrier (jours depuis l&apos;échéance)</translation>
    </message>
    <message>
        <source>List as due soon within</source>
        <translation>Afficher comme bientôt dû sous</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Overdue letter</source>
        <translation>Lettre de retard</translation>
    </message>
    <message>
        <source>Before-due letter</source>
        <translation>Lettre avant échéance</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Relances</translation>
    </message>
    <message>
        <source>Late fee</source>
        <translation>Pénalité de retard</translation>
    </message>
    <message>
        <source>Flat amount ({0})</source>
        <translation>Montant fixe ({0})</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Pourcentage</translation>
    </message>
    <message>
        <source>Once per</source>
        <translation>Une fois par</translation>
    </message>
    <message>
        <source>Grace after due date</source>
        <translation>Délai de grâce après l&apos;échéance</translation>
    </message>
    <message>
        <source>Late fees (issued as numbered invoices)</source>
        <translation>Pénalités de retard (émises comme factures numérotées)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>objet</translation>
    </message>
    <message>
        <source>overdue letter</source>
        <translation>lettre de retard</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <source>&amp;Projects and billing</source>
        <translation>&amp;Projets et facturation</translation>
    </message>
    <message>
        <source>C&amp;lients</source>
        <translation>C&amp;lients</translation>
    </message>
    <message>
        <source>&amp;Aging…</source>
        <translation>&amp;Balance âgée…</translation>
    </message>
    <message>
        <source>Cash-flow &amp;forecast…</source>
        <translation>&amp;Prévision de trésorerie…</translation>
    </message>
    <message>
        <source>Project &amp;ledger…</source>
        <translation>&amp;Grand livre du projet…</translation>
    </message>
    <message>
        <source>Customer &amp;statement…</source>
        <translation>&amp;Relevé de compte client…</translation>
    </message>
    <message>
        <source>&amp;Collections and reminders…</source>
        <translation>&amp;Recouvrement et relances…</translation>
    </message>
    <message>
        <source>CSV e&amp;xport…</source>
        <translation>E&amp;xport CSV…</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Aging</source>
        <translation>Balance âgée</translation>
    </message>
    <message>
        <source>CSV export</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Cannot write {0}: {1}.</source>
        <translation type="vanished">Impossible d&apos;écrire {0} : {1}.</translation>
    </message>
    <message>
        <source>Saved {0}.</source>
        <translation>{0} enregistré.</translation>
    </message>
    <message>
        <source>Set up the company profile first (File → Company profile).</source>
        <translation>Configurez d&apos;abord le profil de l&apos;entreprise (Fichier → Profil de l&apos;entreprise).</translation>
    </message>
    <message>
        <source>Accounts receivable aging</source>
        <translation>Balance âgée des créances</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cash-flow forecast</source>
        <translation>Prévision de trésorerie</translation>
    </message>
    <message>
        <source>Select a project first.</source>
        <translation>Sélectionnez d&apos;abord un projet.</translation>
    </message>
    <message>
        <source>Project ledger — {0}</source>
        <translation>Grand livre du projet — {0}</translation>
    </message>
    <message>
        <source>Overdue and due soon</source>
        <translation>En retard et bientôt dues</translation>
    </message>
    <message>
        <source>Reminder schedule and late fees</source>
        <translation>Calendrier des relances et pénalités</translation>
    </message>
    <message>
        <source>Collections and reminders</source>
        <translation>Recouvrement et relances</translation>
    </message>
    <message>
        <source>Charge late fees due today…</source>
        <translation>Appliquer les pénalités dues aujourd&apos;hui…</translation>
    </message>
    <message>
        <source>No late fees are due today (they are off unless turned on in the settings).</source>
        <translation>Aucune pénalité due aujourd&apos;hui (elles sont désactivées sauf si activées dans les réglages).</translation>
    </message>
    <message numerus="yes">
        <source>Issue %n late-fee invoice(s) now? Each takes the next invoice number.</source>
        <translation>
            <numerusform>Émettre maintenant %n facture de pénalités de retard ? Elle prend le numéro de facture suivant.</numerusform>
            <numerusform>Émettre maintenant %n factures de pénalités de retard ? Chacune prend le numéro de facture suivant.</numerusform>
        </translation>
    </message>
    <message>
        <source>Issuing the late-fee invoices…</source>
        <translation>Émission des factures de pénalités de retard…</translation>
    </message>
    <message>
        <source>Putting the reminders in the outbox…</source>
        <translation>Mise des relances dans la boîte d’envoi…</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) queued in the outbox.</source>
        <translation>
            <numerusform>%n relance mise dans la boîte d’envoi.</numerusform>
            <numerusform>%n relances mises dans la boîte d’envoi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Issue {0} late-fee invoice(s) now? Each takes the next invoice number.</source>
        <translation type="vanished">Émettre maintenant {0} facture(s) de pénalité ? Chacune prend le numéro de facture suivant.</translation>
    </message>
    <message>
        <source>Late-fee invoices issued: {0}.</source>
        <translation>Factures de pénalité émises : {0}.</translation>
    </message>
    <message>
        <source>{0} reminder(s) queued in the outbox.</source>
        <translation type="vanished">{0} relance(s) mise(s) dans la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <source>{0} skipped: the client has no email address.</source>
        <translation>{0} ignorée(s) : le client n&apos;a pas d&apos;adresse e-mail.</translation>
    </message>
    <message>
        <source>Exporting {0}…</source>
        <translation>Exportation de {0}…</translation>
    </message>
    <message>
        <source>Exported {0} rows to {1}.</source>
        <translation>{0} lignes exportées vers {1}.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Restoring replaces {0} with the backup you choose. The current file is kept as a backup first, so nothing is lost.</source>
        <translation>La restauration remplace {0} par la sauvegarde choisie. Le fichier actuel est d&apos;abord sauvegardé : rien n&apos;est perdu.</translation>
    </message>
    <message>
        <source>There are no backups of this file yet.</source>
        <translation>Il n&apos;y a pas encore de sauvegarde de ce fichier.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
</context>
<context>
    <name>RowActions</name>
    <message>
        <source>Invoice {0} has nothing left to pay.</source>
        <translation>La facture {0} n’a plus rien à payer.</translation>
    </message>
    <message>
        <source>Open invoice {0}</source>
        <translation>Ouvrir la facture {0}</translation>
    </message>
    <message>
        <source>Record payment…</source>
        <translation>Enregistrer un paiement…</translation>
    </message>
    <message>
        <source>Send reminder…</source>
        <translation>Envoyer une relance…</translation>
    </message>
    <message>
        <source>Statement for this client…</source>
        <translation>Relevé de ce client…</translation>
    </message>
    <message>
        <source>Show project {0}</source>
        <translation>Afficher le projet {0}</translation>
    </message>
</context>
<context>
    <name>ScheduleModel</name>
    <message>
        <source>Milestone</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Acompte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>remainder</source>
        <extracomment>The books&apos; amount (after change orders, frozen once invoiced); None once the schedule is edited.</extracomment>
        <translation>reste</translation>
    </message>
    <message>
        <source>Remainder</source>
        <translation>Reste</translation>
    </message>
    <message>
        <source>Schedule sums to {0} of {1}</source>
        <translation>L&apos;échéancier totalise {0} sur {1}</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation>Modifier {0}</translation>
    </message>
    <message>
        <source>A milestone needs a name.</source>
        <translation>Une étape doit avoir un nom.</translation>
    </message>
    <message>
        <source>Two milestones cannot have the same name.</source>
        <translation>Deux étapes ne peuvent pas avoir le même nom.</translation>
    </message>
    <message>
        <source>Milestone {0}</source>
        <translation>Étape {0}</translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <source>Remove {0}</source>
        <translation>Retirer {0}</translation>
    </message>
    <message>
        <source>Move {0}</source>
        <translation>Déplacer {0}</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>Payment schedule</source>
        <translation>Échéancier de paiement</translation>
    </message>
    <message>
        <source>Pick a template, then edit. A share is a percent (10%), an amount (5000.00) or “remainder”.</source>
        <translation>Choisissez un modèle puis modifiez-le. Une part est un pourcentage (10%), un montant (5000.00) ou « remainder » (le reste).</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Apply template</source>
        <translation>Appliquer le modèle</translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message>
        <source>Sign off — {0} · {1}</source>
        <translation>Réception — {0} · {1}</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Chantier :</translation>
    </message>
    <message>
        <source>(no site address)</source>
        <translation>(pas d&apos;adresse de chantier)</translation>
    </message>
    <message>
        <source>Completed on:</source>
        <translation>Terminé le :</translation>
    </message>
    <message>
        <source>Name of the person accepting the work</source>
        <translation>Nom de la personne qui accepte les travaux</translation>
    </message>
    <message>
        <source>Accepted by:</source>
        <translation>Accepté par :</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Remarque :</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>Ajouter des photos…</translation>
    </message>
    <message>
        <source>Photos:</source>
        <translation>Photos :</translation>
    </message>
    <message>
        <source>Clear signature</source>
        <translation>Effacer la signature</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation>Signer la réception</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Signature :</translation>
    </message>
    <message>
        <source>Photos of the work</source>
        <translation>Photos des travaux</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Type the name of the person accepting the work.</source>
        <translation>Saisissez le nom de la personne qui accepte les travaux.</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Sign above the line</source>
        <translation>Signez au-dessus de la ligne</translation>
    </message>
</context>
<context>
    <name>SmtpSettingsDialog</name>
    <message>
        <source>Mail server settings</source>
        <translation>Serveur de messagerie</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (généralement port 587)</translation>
    </message>
    <message>
        <source>SSL/TLS (usually port 465)</source>
        <translation>SSL/TLS (généralement port 465)</translation>
    </message>
    <message>
        <source>None — unencrypted (only on a trusted network)</source>
        <translation>Aucune — non chiffré (seulement sur un réseau de confiance)</translation>
    </message>
    <message>
        <source>stored in the system keyring</source>
        <translation>enregistré dans le trousseau du système</translation>
    </message>
    <message>
        <source>from MILESTONE_DESK_SMTP_PASSWORD</source>
        <translation>depuis MILESTONE_DESK_SMTP_PASSWORD</translation>
    </message>
    <message>
        <source>kept in the system keyring, never in the company file</source>
        <translation>conservé dans le trousseau du système, jamais dans le fichier d&apos;entreprise</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Mail server:</source>
        <translation>Serveur de messagerie :</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Sécurité :</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nom d&apos;utilisateur :</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>From address:</source>
        <translation>Adresse d&apos;expéditeur :</translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation>Délai :</translation>
    </message>
</context>
<context>
    <name>SovPage</name>
    <message>
        <source>General conditions</source>
        <translation>Conditions générales</translation>
    </message>
    <message>
        <source>Sitework</source>
        <translation>Terrassement</translation>
    </message>
    <message>
        <source>Framing</source>
        <translation>Charpente</translation>
    </message>
    <message>
        <source>Finishes</source>
        <translation>Finitions</translation>
    </message>
    <message>
        <source>Schedule of values</source>
        <translation>Bordereau des prix</translation>
    </message>
    <message>
        <source>One line per part of the work; the values must add up to the contract sum. Pay applications bill a percent of each line.</source>
        <translation>Une ligne par lot de travaux ; les valeurs doivent totaliser le montant du marché. Les demandes de paiement facturent un pourcentage de chaque ligne.</translation>
    </message>
    <message>
        <source>Description of work</source>
        <translation>Désignation des travaux</translation>
    </message>
    <message>
        <source>Scheduled value</source>
        <translation>Valeur prévue</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Line {0} has a value but no description.</source>
        <translation>La ligne {0} a une valeur mais pas de désignation.</translation>
    </message>
    <message>
        <source>value of {0}</source>
        <translation>valeur de {0}</translation>
    </message>
    <message>
        <source>The {0} must be more than zero.</source>
        <translation>La {0} doit être supérieure à zéro.</translation>
    </message>
    <message>
        <source>Add at least one line to the schedule of values.</source>
        <translation>Ajoutez au moins une ligne au bordereau des prix.</translation>
    </message>
    <message>
        <source>Schedule of values sums to {0} of {1}.</source>
        <translation>Le bordereau des prix totalise {0} sur {1}.</translation>
    </message>
    <message>
        <source>{0} left to place.</source>
        <translation>Reste {0} à répartir.</translation>
    </message>
    <message>
        <source>{0} too much.</source>
        <translation>{0} de trop.</translation>
    </message>
</context>
<context>
    <name>StartupShell</name>
    <message>
        <source>Opening {0}…</source>
        <translation>Ouverture de {0}…</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <source>Customer statement</source>
        <extracomment>the window&apos;s document actions (print dialog seams); tests set their own</extracomment>
        <translation>Relevé de compte client</translation>
    </message>
    <message>
        <source>From the beginning</source>
        <translation>Depuis le début</translation>
    </message>
    <message>
        <source>Balance forward and open items</source>
        <translation>Report de solde et postes ouverts</translation>
    </message>
    <message>
        <source>Balance forward</source>
        <translation>Report de solde</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>Postes ouverts</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <source>Email to</source>
        <translation>Envoyer à</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Enregistrer le PDF…</translation>
    </message>
    <message>
        <source>Email… (outbox)</source>
        <translation>E-mail… (boîte d&apos;envoi)</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>There are no clients yet.</source>
        <translation>Il n&apos;y a pas encore de clients.</translation>
    </message>
    <message>
        <source>Making the statement…</source>
        <translation>Préparation du relevé…</translation>
    </message>
    <message>
        <source>Cannot write {0}: {1}.</source>
        <translation type="vanished">Impossible d&apos;écrire {0} : {1}.</translation>
    </message>
    <message>
        <source>Saved {0}.</source>
        <translation>{0} enregistré.</translation>
    </message>
    <message>
        <source>Statement of account to {0}</source>
        <translation>Relevé de compte au {0}</translation>
    </message>
    <message>
        <source>Please find your statement of account attached.

{0}</source>
        <translation>Veuillez trouver ci-joint votre relevé de compte.

{0}</translation>
    </message>
    <message>
        <source>The statement is in the outbox; File → Outbox… sends it.</source>
        <translation>Le relevé est dans la boîte d&apos;envoi ; Fichier → Boîte d&apos;envoi… l&apos;envoie.</translation>
    </message>
</context>
<context>
    <name>SubmitDialog</name>
    <message>
        <source>Working…</source>
        <translation>Traitement…</translation>
    </message>
</context>
<context>
    <name>TimelineTexts</name>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Facturé</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>overdue by 1 day</source>
        <translation>en retard d&apos;un jour</translation>
    </message>
    <message>
        <source>overdue by {0} days</source>
        <translation>en retard de {0} jours</translation>
    </message>
    <message>
        <source>Amount: {0}</source>
        <translation>Montant : {0}</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>Planned: {0}</source>
        <translation>Prévu : {0}</translation>
    </message>
    <message>
        <source>Completed: {0}</source>
        <translation>Terminé : {0}</translation>
    </message>
    <message>
        <source>Invoice: {0}</source>
        <translation>Facture : {0}</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Acompte</translation>
    </message>
    <message>
        <source>Drag to reschedule · double-click to mark complete</source>
        <translation>Glissez pour replanifier · double-cliquez pour terminer</translation>
    </message>
    <message>
        <source>Double-click to issue its invoice</source>
        <translation>Double-cliquez pour émettre sa facture</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Milestone timeline</source>
        <translation>Chronologie des étapes</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom in (+ or Ctrl+wheel)</source>
        <translation>Zoom avant (+ ou Ctrl+molette)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom out (- or Ctrl+wheel)</source>
        <translation>Zoom arrière (- ou Ctrl+molette)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Show the whole schedule (0)</source>
        <translation>Afficher tout l&apos;échéancier (0)</translation>
    </message>
    <message>
        <source>Mark complete…</source>
        <translation>Marquer terminée…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>Issue invoice…</source>
        <translation>Émettre la facture…</translation>
    </message>
    <message>
        <source>Select a project to see its schedule</source>
        <translation>Sélectionnez un projet pour voir son échéancier</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <source>Void invoice</source>
        <translation>Annuler la facture</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>balance</source>
        <translation>solde</translation>
    </message>
    <message>
        <source>Voiding keeps the number {0} in the books marked VOID; its milestone goes back to completed so it can be invoiced again. This cannot be undone.</source>
        <translation>L&apos;annulation garde le numéro {0} dans les comptes, marqué ANNULÉE ; son étape repasse à terminée pour être refacturée. C&apos;est irréversible.</translation>
    </message>
    <message>
        <source>Why is this invoice void? (required)</source>
        <translation>Pourquoi annuler cette facture ? (obligatoire)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>WaiverModel</name>
    <message>
        <source>Waiting for cleared payment</source>
        <translation>En attente de l&apos;encaissement</translation>
    </message>
    <message>
        <source>Payment cleared</source>
        <translation>Paiement encaissé</translation>
    </message>
    <message>
        <source>Unconditional</source>
        <translation>Inconditionnelle</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émise</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <source>Invoice / application</source>
        <translation>Facture / demande</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>WaiverTemplatesDialog</name>
    <message>
        <source>Lien waiver wording</source>
        <translation>Texte des renonciations au privilège</translation>
    </message>
    <message>
        <source>Several US states (among them California, Texas, Arizona, Georgia, Nevada and Utah) prescribe the exact statutory wording of lien waivers; where yours does, paste that text here and have it checked. Fields filled in when a waiver is issued: $claimant, $customer, $project, $amount, $through_date, $document.</source>
        <translation>Plusieurs États américains (dont la Californie, le Texas, l&apos;Arizona, la Géorgie, le Nevada et l&apos;Utah) imposent le libellé légal exact des renonciations au privilège ; si c&apos;est le cas du vôtre, collez ce texte ici et faites-le vérifier. Champs remplis à l&apos;émission d&apos;une renonciation : $claimant, $customer, $project, $amount, $through_date, $document.</translation>
    </message>
    <message>
        <source>Waiver</source>
        <translation>Renonciation</translation>
    </message>
    <message>
        <source>Restore default wording</source>
        <translation>Rétablir le texte par défaut</translation>
    </message>
    <message>
        <source>Save wording</source>
        <translation>Enregistrer le texte</translation>
    </message>
    <message>
        <source>Wording of the {0} waiver saved.</source>
        <translation>Texte de la renonciation « {0} » enregistré.</translation>
    </message>
    <message>
        <source>Replace the wording of the {0} waiver with the default text?</source>
        <translation>Remplacer le texte de la renonciation « {0} » par le texte par défaut ?</translation>
    </message>
    <message>
        <source>The {0} waiver uses the default wording again.</source>
        <translation>La renonciation « {0} » utilise de nouveau le texte par défaut.</translation>
    </message>
</context>
<context>
    <name>WaiversDialog</name>
    <message>
        <source>Lien waivers — {0}</source>
        <translation>Renonciations au privilège — {0}</translation>
    </message>
    <message>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Enregistrer le PDF…</translation>
    </message>
    <message>
        <source>Waiver wording…</source>
        <translation>Texte des renonciations…</translation>
    </message>
    <message>
        <source>Issue a waiver</source>
        <translation>Émettre une renonciation</translation>
    </message>
    <message>
        <source>Issue waiver</source>
        <translation>Émettre la renonciation</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Payment cleared</source>
        <translation>Paiement encaissé</translation>
    </message>
    <message>
        <source>Mark cleared</source>
        <translation>Marquer encaissé</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Cleared on</source>
        <translation>Encaissé le</translation>
    </message>
    <message>
        <source>Marking a payment cleared issues its unconditional waivers.</source>
        <translation>Marquer un paiement encaissé émet ses renonciations inconditionnelles.</translation>
    </message>
    <message>
        <source>{0} — {1}, {2} (on {3})</source>
        <translation>{0} — {1}, {2} (le {3})</translation>
    </message>
    <message>
        <source>{0} waiver issued for {1}.</source>
        <translation>Renonciation « {0} » émise pour {1}.</translation>
    </message>
    <message>
        <source>Mark the payment of receipt {0} as cleared by the bank? Its unconditional waivers are issued.</source>
        <translation>Marquer le paiement du reçu {0} comme encaissé par la banque ? Ses renonciations inconditionnelles seront émises.</translation>
    </message>
    <message numerus="yes">
        <source>Payment of {0} marked cleared; %n unconditional waiver(s) issued.</source>
        <translation>
            <numerusform>Paiement {0} marqué comme encaissé ; %n renonciation inconditionnelle émise.</numerusform>
            <numerusform>Paiement {0} marqué comme encaissé ; %n renonciations inconditionnelles émises.</numerusform>
        </translation>
    </message>
    <message>
        <source>Payment of {0} marked cleared; {1} unconditional waiver(s) issued.</source>
        <translation type="vanished">Paiement de {0} marqué encaissé ; renonciations inconditionnelles émises : {1}.</translation>
    </message>
    <message>
        <source>Saved {0}.</source>
        <translation>{0} enregistré.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Milestone Desk</source>
        <translation>Bienvenue dans Milestone Desk</translation>
    </message>
    <message>
        <source>Bill each job by its milestones — deposit, framing, roofing, finishing — with invoices and receipts exact to the cent. Your books stay on this computer, in one company file you own.</source>
        <translation>Facturez chaque chantier par jalons — acompte, charpente, toiture, finitions — avec des factures et des reçus exacts au centime. Votre comptabilité reste sur cet ordinateur, dans un seul fichier d’entreprise qui vous appartient.</translation>
    </message>
    <message>
        <source>Set up my company</source>
        <translation>Configurer mon entreprise</translation>
    </message>
    <message>
        <source>Enter your company&apos;s details, tax rate and invoice numbers, and start with empty books.</source>
        <translation>Saisissez les coordonnées de votre entreprise, le taux de taxe et la numérotation des factures, et commencez avec une comptabilité vide.</translation>
    </message>
    <message>
        <source>Explore the sample company</source>
        <translation>Découvrir l’entreprise d’exemple</translation>
    </message>
    <message>
        <source>Open a sample remodeling firm with projects in every stage. It is kept in its own file, apart from your books.</source>
        <translation>Ouvrez une entreprise de rénovation d’exemple avec des chantiers à toutes les étapes. Elle est conservée dans son propre fichier, à part de votre comptabilité.</translation>
    </message>
    <message>
        <source>Open an existing company file…</source>
        <translation>Ouvrir un fichier d’entreprise existant…</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Your books will be saved in {0}</source>
        <translation>Votre comptabilité sera enregistrée dans {0}</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Create my company</source>
        <translation>Créer mon entreprise</translation>
    </message>
    <message>
        <source>Writing the sample company…</source>
        <translation>Création de l’entreprise exemple…</translation>
    </message>
    <message>
        <source>Open a company file</source>
        <translation>Ouvrir un fichier d’entreprise</translation>
    </message>
    <message>
        <source>Milestone Desk company files (*{0})</source>
        <translation>Fichiers d’entreprise Milestone Desk (*{0})</translation>
    </message>
</context>
<context>
    <name>WindowFiles</name>
    <message>
        <source>New company file</source>
        <translation>Nouveau fichier d&apos;entreprise</translation>
    </message>
    <message>
        <source>Company files (*.mdesk)</source>
        <translation>Fichiers d&apos;entreprise (*.mdesk)</translation>
    </message>
    <message>
        <source>{0} already exists. Open it instead?</source>
        <translation>{0} existe déjà. L&apos;ouvrir à la place ?</translation>
    </message>
    <message>
        <source>Open company file</source>
        <translation>Ouvrir un fichier d&apos;entreprise</translation>
    </message>
    <message>
        <source>Company files (*.mdesk);;All files (*)</source>
        <translation>Fichiers d&apos;entreprise (*.mdesk);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Nouvelle entreprise</translation>
    </message>
    <message>
        <source>{0} already exists; choose another name.</source>
        <translation>{0} existe déjà ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Writing the sample company…</source>
        <translation>Création de l&apos;entreprise d&apos;exemple…</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(aucun pour l&apos;instant)</translation>
    </message>
</context>
<context>
    <name>menu</name>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
</context>
<context>
    <name>new</name>
    <message>
        <source>Language changed.</source>
        <translation>Langue modifiée.</translation>
    </message>
</context>
<context>
    <name>shell</name>
    <message>
        <source>Opening…</source>
        <translation>Ouverture…</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Facturé</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émise</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Payée en partie</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
</context>
<context>
    <name>templates</name>
    <message>
        <source>Deposit</source>
        <translation>Acompte</translation>
    </message>
    <message>
        <source>Framing</source>
        <translation>Charpente</translation>
    </message>
    <message>
        <source>Rough-in</source>
        <translation>Réseaux et installations</translation>
    </message>
    <message>
        <source>Finishes</source>
        <translation>Finitions</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Fin des travaux</translation>
    </message>
    <message>
        <source>First third</source>
        <translation>Premier tiers</translation>
    </message>
    <message>
        <source>Second third</source>
        <translation>Deuxième tiers</translation>
    </message>
    <message>
        <source>Final third</source>
        <translation>Dernier tiers</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Achèvement</translation>
    </message>
    <message>
        <source>Five phases: 10 / 25 / 25 / 30 / 10 %</source>
        <translation>Cinq phases : 10 / 25 / 25 / 30 / 10 %</translation>
    </message>
    <message>
        <source>Deposit 10 % + equal thirds</source>
        <translation>Acompte 10 % + trois tiers égaux</translation>
    </message>
    <message>
        <source>Deposit + completion (edit freely)</source>
        <translation>Acompte + achèvement (modifiable)</translation>
    </message>
</context>
<context>
    <name>view</name>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Sans date</translation>
    </message>
    <message>
        <source>+{0} more</source>
        <translation>+{0} de plus</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
</context>
</TS>
