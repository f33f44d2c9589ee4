<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
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
        <source>Your next invoice will be number {0}</source>
        <translation>Votre prochaine facture portera le numéro {0}</translation>
    </message>
    <message>
        <source>This format does not give each invoice its own number; use {seq}.</source>
        <translation>Ce format ne donne pas à chaque facture son propre numéro ; utilisez {seq}.</translation>
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
    <name>MainWindow</name>
    <message>
        <source>Milestone Desk — {0}</source>
        <translation>Milestone Desk — {0}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="vanished">&amp;Fichier</translation>
    </message>
    <message>
        <source>File</source>
        <translation type="vanished">Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="vanished">&amp;Édition</translation>
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
        <translation type="vanished">&amp;Aide</translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="vanished">Aide</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="vanished">&amp;Paramètres</translation>
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
        <translation type="vanished">&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="vanished">Quitter</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="vanished">Clients</translation>
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
        <source>Open a company file</source>
        <translation>Ouvrir un fichier d’entreprise</translation>
    </message>
    <message>
        <source>Milestone Desk company files (*{0})</source>
        <translation>Fichiers d’entreprise Milestone Desk (*{0})</translation>
    </message>
</context>
</TS>
