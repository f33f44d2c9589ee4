<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>CompanySetupForm</name>
    <message>
        <source>e.g. Hartwell Remodeling LLC</source>
        <translation>p. ej., Reformas Hartwell S.L.</translation>
    </message>
    <message>
        <source>Street, city, postal code</source>
        <translation>Calle, ciudad, código postal</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Due on receipt</source>
        <translation>Al recibir la factura</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Elegir logotipo…</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nombre de la empresa</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>NIF / ID fiscal</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Locale for documents</source>
        <translation>Formato regional de los documentos</translation>
    </message>
    <message>
        <source>Default tax rate</source>
        <translation>Impuesto por defecto</translation>
    </message>
    <message>
        <source>Invoice numbers</source>
        <translation>Numeración de facturas</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Plazo de pago</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Elegir un logotipo</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.svg *.bmp)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.svg *.bmp)</translation>
    </message>
    <message>
        <source>That file is not a picture Milestone Desk can read.</source>
        <translation>Ese archivo no es una imagen que Milestone Desk pueda leer.</translation>
    </message>
    <message>
        <source>Enter your company name.</source>
        <translation>Escriba el nombre de su empresa.</translation>
    </message>
    <message>
        <source>The currency must be a three-letter code such as USD.</source>
        <translation>La moneda debe ser un código de tres letras, como EUR.</translation>
    </message>
    <message>
        <source>The tax rate must be a percentage between 0 and 100.</source>
        <translation>El impuesto debe ser un porcentaje entre 0 y 100.</translation>
    </message>
    <message>
        <source>Your next invoice will be number {0}</source>
        <translation>Su próxima factura tendrá el número {0}</translation>
    </message>
    <message>
        <source>This format does not give each invoice its own number; use {seq}.</source>
        <translation>Este formato no da a cada factura su propio número; use {seq}.</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>Open a company file</source>
        <translation>Abrir un archivo de empresa</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Abrir la carpeta de datos</translation>
    </message>
    <message>
        <source>Copy diagnostics</source>
        <translation>Copiar diagnóstico</translation>
    </message>
    <message>
        <source>Copy version and folder details for a support request (no company data)</source>
        <translation>Copia versiones y carpetas para una solicitud de soporte (sin datos de la empresa)</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System default ({0})</source>
        <translation>El del sistema ({0})</translation>
    </message>
    <message>
        <source>Menus and dialogs opened from now on use the new language.</source>
        <translation>Los menús y diálogos que se abran a partir de ahora usarán el nuevo idioma.</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Ejemplo</translation>
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
        <translation type="vanished">&amp;Archivo</translation>
    </message>
    <message>
        <source>File</source>
        <translation type="vanished">Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="vanished">&amp;Edición</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="vanished">Edición</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="vanished">&amp;Ver</translation>
    </message>
    <message>
        <source>View</source>
        <translation type="vanished">Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="vanished">A&amp;yuda</translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="vanished">Ayuda</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="vanished">&amp;Configuración</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="vanished">Configuración</translation>
    </message>
    <message>
        <source>Language…</source>
        <translation type="vanished">Idioma…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="vanished">&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="vanished">Abrir…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="vanished">&amp;Salir</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="vanished">Salir</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="vanished">Clientes</translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="vanished">Cliente</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="vanished">Obras</translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="vanished">Obra</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation type="vanished">Hitos</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="vanished">Hito</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="vanished">Facturas</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="vanished">Factura</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="vanished">Pagos</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="vanished">Pago</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation type="vanished">Recibos</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation type="vanished">Libro mayor</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation type="vanished">Nueva obra…</translation>
    </message>
    <message>
        <source>New client…</source>
        <translation type="vanished">Nuevo cliente…</translation>
    </message>
    <message>
        <source>Issue invoice</source>
        <translation type="vanished">Emitir factura</translation>
    </message>
    <message>
        <source>Record payment…</source>
        <translation type="vanished">Registrar pago…</translation>
    </message>
    <message>
        <source>Mark completed</source>
        <translation type="vanished">Marcar como terminado</translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="vanished">Buscar</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="vanished">Contrato</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation type="vanished">Facturado</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="vanished">Cobrado</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation type="vanished">Pendiente</translation>
    </message>
    <message>
        <source>Retainage</source>
        <translation type="vanished">Retención</translation>
    </message>
    <message>
        <source>Balance to finish</source>
        <translation type="vanished">Saldo por terminar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="vanished">Estado</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="vanished">Vencimiento</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="vanished">Importe</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="vanished">Previsto</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="vanished">En curso</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="vanished">Terminado</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation type="vanished">Facturado</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="vanished">Vencida</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="vanished">Imprimir…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="vanished">Exportar…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="vanished">Importar…</translation>
    </message>
    <message>
        <source>Backup…</source>
        <translation type="vanished">Copia de seguridad…</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Milestone Desk</source>
        <translation>Bienvenido a Milestone Desk</translation>
    </message>
    <message>
        <source>Bill each job by its milestones — deposit, framing, roofing, finishing — with invoices and receipts exact to the cent. Your books stay on this computer, in one company file you own.</source>
        <translation>Facture cada obra por hitos —anticipo, estructura, cubierta, acabados— con facturas y recibos exactos al céntimo. Su contabilidad se queda en este equipo, en un único archivo de empresa que es suyo.</translation>
    </message>
    <message>
        <source>Set up my company</source>
        <translation>Configurar mi empresa</translation>
    </message>
    <message>
        <source>Enter your company&apos;s details, tax rate and invoice numbers, and start with empty books.</source>
        <translation>Introduzca los datos de su empresa, el impuesto y la numeración de facturas, y empiece con la contabilidad vacía.</translation>
    </message>
    <message>
        <source>Explore the sample company</source>
        <translation>Explorar la empresa de ejemplo</translation>
    </message>
    <message>
        <source>Open a sample remodeling firm with projects in every stage. It is kept in its own file, apart from your books.</source>
        <translation>Abra una empresa de reformas de ejemplo con obras en todas las fases. Se guarda en su propio archivo, aparte de su contabilidad.</translation>
    </message>
    <message>
        <source>Open an existing company file…</source>
        <translation>Abrir un archivo de empresa existente…</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Your books will be saved in {0}</source>
        <translation>Su contabilidad se guardará en {0}</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Create my company</source>
        <translation>Crear mi empresa</translation>
    </message>
    <message>
        <source>Open a company file</source>
        <translation>Abrir un archivo de empresa</translation>
    </message>
    <message>
        <source>Milestone Desk company files (*{0})</source>
        <translation>Archivos de empresa de Milestone Desk (*{0})</translation>
    </message>
</context>
</TS>
