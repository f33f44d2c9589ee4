<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Deposit</source>
        <translation type="vanished">Anticipo</translation>
    </message>
    <message>
        <source>Framing</source>
        <translation type="vanished">Estructura</translation>
    </message>
    <message>
        <source>Rough-in</source>
        <translation type="vanished">Instalaciones</translation>
    </message>
    <message>
        <source>Finishes</source>
        <translation type="vanished">Acabados</translation>
    </message>
    <message>
        <source>Final</source>
        <translation type="vanished">Final</translation>
    </message>
    <message>
        <source>First third</source>
        <translation type="vanished">Primer tercio</translation>
    </message>
    <message>
        <source>Second third</source>
        <translation type="vanished">Segundo tercio</translation>
    </message>
    <message>
        <source>Final third</source>
        <translation type="vanished">Último tercio</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation type="vanished">Finalización</translation>
    </message>
    <message>
        <source>Five phases: 10 / 25 / 25 / 30 / 10 %</source>
        <translation type="vanished">Cinco fases: 10 / 25 / 25 / 30 / 10 %</translation>
    </message>
    <message>
        <source>Deposit 10 % + equal thirds</source>
        <translation type="vanished">Anticipo 10 % + tres tercios iguales</translation>
    </message>
    <message>
        <source>Deposit + completion (edit freely)</source>
        <translation type="vanished">Anticipo + finalización (editable)</translation>
    </message>
    <message>
        <source>Read-only shows the books as they are saved; nothing can be changed in this window.</source>
        <translation type="vanished">Solo lectura muestra los libros tal como están guardados; en esta ventana no se puede cambiar nada.</translation>
    </message>
    <message>
        <source>You can restore a backup; the current file is kept aside first, nothing is deleted.</source>
        <translation type="vanished">Puede restaurar una copia; antes se guarda aparte el archivo actual, no se borra nada.</translation>
    </message>
    <message>
        <source>No backup of this file was found. The file was not changed.</source>
        <translation type="vanished">No se encontró ninguna copia de este archivo. El archivo no se modificó.</translation>
    </message>
    <message>
        <source>remainder</source>
        <extracomment>The books&apos; amount (after change orders, frozen once invoiced); None once the schedule is edited.</extracomment>
        <translation type="vanished">resto</translation>
    </message>
    <message>
        <source>Remainder</source>
        <translation type="vanished">Resto</translation>
    </message>
    <message>
        <source>Schedule sums to {0} of {1}</source>
        <translation type="vanished">El calendario suma {0} de {1}</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation type="vanished">Editar {0}</translation>
    </message>
    <message>
        <source>A milestone needs a name.</source>
        <translation type="vanished">Un hito necesita un nombre.</translation>
    </message>
    <message>
        <source>Two milestones cannot have the same name.</source>
        <translation type="vanished">Dos hitos no pueden tener el mismo nombre.</translation>
    </message>
    <message>
        <source>Milestone {0}</source>
        <translation type="vanished">Hito {0}</translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation type="vanished">Añadir hito</translation>
    </message>
    <message>
        <source>Remove {0}</source>
        <translation type="vanished">Quitar {0}</translation>
    </message>
    <message>
        <source>Move {0}</source>
        <translation type="vanished">Mover {0}</translation>
    </message>
    <message>
        <source>queued</source>
        <translation type="vanished">en cola</translation>
    </message>
    <message>
        <source>sending</source>
        <translation type="vanished">enviando</translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="vanished">enviado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="vanished">fallido</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation type="vanished">Diaria</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation type="vanished">Manual</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation type="vanished">Antes de una actualización</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation type="vanished">Antes de una restauración</translation>
    </message>
    <message>
        <source>New company file</source>
        <translation type="vanished">Nuevo archivo de empresa</translation>
    </message>
    <message>
        <source>Company files (*.mdesk)</source>
        <translation type="vanished">Archivos de empresa (*.mdesk)</translation>
    </message>
    <message>
        <source>{0} already exists. Open it instead?</source>
        <translation type="vanished">{0} ya existe. ¿Abrirlo en su lugar?</translation>
    </message>
    <message>
        <source>Open company file</source>
        <translation type="vanished">Abrir archivo de empresa</translation>
    </message>
    <message>
        <source>Company files (*.mdesk);;All files (*)</source>
        <translation type="vanished">Archivos de empresa (*.mdesk);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>New company</source>
        <translation type="vanished">Nueva empresa</translation>
    </message>
    <message>
        <source>{0} already exists; choose another name.</source>
        <translation type="vanished">{0} ya existe; elija otro nombre.</translation>
    </message>
    <message>
        <source>Writing the sample company…</source>
        <translation type="vanished">Creando la empresa de ejemplo…</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation type="vanished">(ninguno todavía)</translation>
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
        <translation>Cuentas por cobrar</translation>
    </message>
    <message>
        <source>Retainage receivable</source>
        <translation>Retenciones de garantía por cobrar</translation>
    </message>
    <message>
        <source>Undeposited funds / bank</source>
        <translation>Fondos no depositados / banco</translation>
    </message>
    <message>
        <source>Revenue: contract work</source>
        <translation>Ingresos: trabajos del contrato</translation>
    </message>
    <message>
        <source>Revenue: change orders</source>
        <translation>Ingresos: órdenes de cambio</translation>
    </message>
    <message>
        <source>Revenue: late fees</source>
        <translation>Ingresos: recargos por mora</translation>
    </message>
    <message>
        <source>Credit notes and refunds</source>
        <translation>Notas de crédito y reembolsos</translation>
    </message>
    <message>
        <source>Sales tax payable</source>
        <translation>Impuesto sobre ventas por pagar</translation>
    </message>
    <message>
        <source>Customer deposits (unearned revenue)</source>
        <translation>Anticipos de clientes (ingresos diferidos)</translation>
    </message>
    <message>
        <source>Client credit</source>
        <translation>Saldos a favor de clientes</translation>
    </message>
</context>
<context>
    <name>AccountingActions</name>
    <message>
        <source>&amp;Journal…</source>
        <translation>Libro &amp;diario…</translation>
    </message>
    <message>
        <source>Export for the &amp;accountant…</source>
        <translation>E&amp;xportar para el contable…</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>C&amp;uentas…</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>Set up the company profile first (File → Company profile).</source>
        <translation>Primero configure el perfil de la empresa (Archivo → Perfil de la empresa).</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Libro diario</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Archivo CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved {0}.</source>
        <translation>Guardado {0}.</translation>
    </message>
    <message>
        <source>IIF file (*.iif)</source>
        <translation>Archivo IIF (*.iif)</translation>
    </message>
    <message>
        <source>Exported {0} invoices and {1} payments.</source>
        <translation>Se exportaron {0} facturas y {1} pagos.</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Name in your accounting program</source>
        <translation>Nombre en su programa de contabilidad</translation>
    </message>
</context>
<context>
    <name>AgingTableModel</name>
    <message>
        <source>Client</source>
        <extracomment>The two oldest buckets (61–90, 90+) are shown in red when they hold money.</extracomment>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédito</translation>
    </message>
    <message>
        <source>Unapplied payments, shown apart from the buckets</source>
        <translation>Pagos sin aplicar, aparte de los tramos</translation>
    </message>
</context>
<context>
    <name>AgingView</name>
    <message>
        <source>Export PDF…</source>
        <translation>Exportar PDF…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Días de retraso</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Tramo</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Aging as of</source>
        <translation>Antigüedad al</translation>
    </message>
    <message>
        <source>Open receivables {0} {1} · unapplied client credit {2} {1} (shown apart)</source>
        <translation>Cuentas por cobrar {0} {1} · crédito de clientes sin aplicar {2} {1} (aparte)</translation>
    </message>
    <message>
        <source>Open invoices of all clients</source>
        <translation>Facturas pendientes de todos los clientes</translation>
    </message>
    <message>
        <source>Open invoices of {0}</source>
        <translation>Facturas pendientes de {0}</translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <source>Taken</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Diaria</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Antes de una actualización</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Antes de una restauración</translation>
    </message>
</context>
<context>
    <name>ChangeOrderModel</name>
    <message>
        <source>Spread over unbilled work</source>
        <translation>Repartida en el trabajo no facturado</translation>
    </message>
    <message>
        <source>Removes a milestone</source>
        <translation>Elimina un hito</translation>
    </message>
    <message>
        <source>Own line</source>
        <translation>Línea propia</translation>
    </message>
    <message>
        <source>Own milestone</source>
        <translation>Hito propio</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturación</translation>
    </message>
    <message>
        <source>Milestone: {0}</source>
        <translation>Hito: {0}</translation>
    </message>
</context>
<context>
    <name>ChangeOrdersDialog</name>
    <message>
        <source>Change orders — {0}</source>
        <translation>Órdenes de cambio — {0}</translation>
    </message>
    <message>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Original contract sum</source>
        <translation>Importe original del contrato</translation>
    </message>
    <message>
        <source>Net change by change orders</source>
        <translation>Variación neta por órdenes de cambio</translation>
    </message>
    <message>
        <source>Contract sum to date</source>
        <translation>Importe del contrato a la fecha</translation>
    </message>
    <message>
        <source>New change order</source>
        <translation>Nueva orden de cambio</translation>
    </message>
    <message>
        <source>2500.00, or -800.00 for a deduction</source>
        <translation>2500.00, o -800.00 para una deducción</translation>
    </message>
    <message>
        <source>e.g. Upgrade to quartz countertops</source>
        <translation>p. ej. Cambio a encimeras de cuarzo</translation>
    </message>
    <message>
        <source>Its own schedule-of-values line</source>
        <translation>Su propia línea del desglose de valores</translation>
    </message>
    <message>
        <source>Spread over the lines with a balance left, by value</source>
        <translation>Repartida entre las líneas con saldo pendiente, según su valor</translation>
    </message>
    <message>
        <source>Its own milestone</source>
        <translation>Su propio hito</translation>
    </message>
    <message>
        <source>Spread over the unbilled milestones, by amount</source>
        <translation>Repartida entre los hitos no facturados, según su importe</translation>
    </message>
    <message>
        <source>Approved by the client (changes the contract now)</source>
        <translation>Aprobada por el cliente (modifica el contrato ya)</translation>
    </message>
    <message>
        <source>Add change order</source>
        <translation>Añadir orden de cambio</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturación</translation>
    </message>
    <message>
        <source>change order amount</source>
        <translation>importe de la orden de cambio</translation>
    </message>
    <message>
        <source>Approve change order {0} ({1})? The contract sum to date changes.</source>
        <translation>¿Aprobar la orden de cambio {0} ({1})? El importe del contrato a la fecha cambiará.</translation>
    </message>
    <message>
        <source>Reject change order {0}?</source>
        <translation>¿Rechazar la orden de cambio {0}?</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>New client</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation>Editar cliente</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>E-invoices and tax</source>
        <translation>Factura electrónica e impuestos</translation>
    </message>
    <message>
        <source>two letters, e.g. DE</source>
        <translation>dos letras, p. ej. DE</translation>
    </message>
    <message>
        <source>Leitweg-ID for German public clients</source>
        <translation>Leitweg-ID para clientes públicos alemanes</translation>
    </message>
    <message>
        <source>Automatic (standard when taxed, else zero-rated)</source>
        <translation>Automática (tipo general si lleva impuesto; si no, tipo cero)</translation>
    </message>
    <message>
        <source>Standard rate (S)</source>
        <translation>Tipo general (S)</translation>
    </message>
    <message>
        <source>Zero-rated (Z)</source>
        <translation>Tipo cero (Z)</translation>
    </message>
    <message>
        <source>Exempt (E), with the reason below</source>
        <translation>Exento (E), con el motivo indicado abajo</translation>
    </message>
    <message>
        <source>Reverse charge (AE)</source>
        <translation>Inversión del sujeto pasivo (AE)</translation>
    </message>
    <message>
        <source>No e-invoices (PDF only)</source>
        <translation>Sin factura electrónica (solo PDF)</translation>
    </message>
    <message>
        <source>Factur-X (PDF with XML)</source>
        <translation>Factur-X (PDF con XML)</translation>
    </message>
    <message>
        <source>ZUGFeRD (PDF with XML)</source>
        <translation>ZUGFeRD (PDF con XML)</translation>
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
        <translation>NIF-IVA</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Buyer reference</source>
        <translation>Referencia del comprador</translation>
    </message>
    <message>
        <source>Tax category</source>
        <translation>Categoría de impuesto</translation>
    </message>
    <message>
        <source>Exemption reason</source>
        <translation>Motivo de la exención</translation>
    </message>
    <message>
        <source>Sends e-invoices as</source>
        <translation>Formato de factura electrónica</translation>
    </message>
</context>
<context>
    <name>ClientsPane</name>
    <message>
        <source>Search clients by name, code, email or phone</source>
        <translation>Buscar clientes por nombre, código, correo o teléfono</translation>
    </message>
    <message>
        <source>New client…</source>
        <translation>Nuevo cliente…</translation>
    </message>
    <message>
        <source>Edit client…</source>
        <translation>Editar cliente…</translation>
    </message>
    <message>
        <source>Statement…</source>
        <translation>Estado de cuenta…</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Proyectos</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédito</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Pendiente de cobro</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(borrador)</translation>
    </message>
    <message>
        <source>Documents (double-click to open, right-click for more)</source>
        <translation>Documentos (doble clic para abrir, clic derecho para más)</translation>
    </message>
    <message>
        <source>Choose a client</source>
        <translation>Elija un cliente</translation>
    </message>
    <message>
        <source>No contact details yet.</source>
        <translation>Aún no hay datos de contacto.</translation>
    </message>
</context>
<context>
    <name>CollectionsView</name>
    <message>
        <source>{0} reminder(s) due today</source>
        <translation type="vanished">{0} recordatorio(s) para hoy</translation>
    </message>
    <message>
        <source> — {0} client(s) have no email address</source>
        <translation type="vanished"> — {0} cliente(s) sin dirección de correo</translation>
    </message>
    <message>
        <source>Queue {0} reminder(s)</source>
        <translation type="vanished">Poner {0} recordatorio(s) en cola</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) due today</source>
        <translation>
            <numerusform>%n recordatorio pendiente hoy</numerusform>
            <numerusform>%n recordatorios pendientes hoy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — %n client(s) without an email address</source>
        <translation>
            <numerusform> — %n cliente sin dirección de correo</numerusform>
            <numerusform> — %n clientes sin dirección de correo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queue %n reminder(s)</source>
        <translation>
            <numerusform>Poner en cola %n recordatorio</numerusform>
            <numerusform>Poner en cola %n recordatorios</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} days late</source>
        <translation>{0} días de retraso</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>vence hoy</translation>
    </message>
    <message>
        <source>due in {0} days</source>
        <translation>vence en {0} días</translation>
    </message>
    <message>
        <source>on the due date</source>
        <translation>el día del vencimiento</translation>
    </message>
    <message>
        <source>{0} days before</source>
        <translation>{0} días antes</translation>
    </message>
    <message>
        <source>{0} days after</source>
        <translation>{0} días después</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <source>Company profile</source>
        <translation>Perfil de la empresa</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source> days</source>
        <extracomment>stands in for the file dialog in tests</extracomment>
        <translation> días</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Elegir logotipo…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
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
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>NIF</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Condiciones de pago</translation>
    </message>
    <message>
        <source>Invoice numbers</source>
        <translation>Números de factura</translation>
    </message>
    <message>
        <source>Receipt numbers</source>
        <translation>Números de recibo</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Tamaño de página</translation>
    </message>
    <message>
        <source>Payment instructions</source>
        <translation>Instrucciones de pago</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <source>Locale for documents</source>
        <translation>Formato regional de los documentos</translation>
    </message>
    <message>
        <source>Default tax for new projects (%)</source>
        <translation>Impuesto por defecto para proyectos nuevos (%)</translation>
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
        <source>{0} is not a picture Milestone Desk can read.</source>
        <translation>{0} no es una imagen que Milestone Desk pueda leer.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
</context>
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
        <source>Pick how invoice numbers look, or type your own pattern with {year}, {yy} and {seq}.</source>
        <translation>Elija cómo se ven los números de factura o escriba su propio patrón con {year}, {yy} y {seq}.</translation>
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
        <source>{0} …</source>
        <translation>{0} …</translation>
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
    <name>CompanyTradeDialog</name>
    <message>
        <source>Bank, tax and e-invoice details</source>
        <extracomment>the company&apos;s fields; the client-only ones (buyer reference, tax category, format) are not shown.</extracomment>
        <translation>Datos bancarios, fiscales y de factura electrónica</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>VAT id</source>
        <translation>NIF-IVA</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Forma jurídica</translation>
    </message>
    <message>
        <source>Registration (court, number)</source>
        <translation>Inscripción registral (registro, número)</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Calle</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Country (two letters)</source>
        <translation>País (dos letras)</translation>
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
        <translation>Número de ruta ABA (EE. UU.)</translation>
    </message>
    <message>
        <source>US account number</source>
        <translation>Número de cuenta (EE. UU.)</translation>
    </message>
    <message>
        <source>Pay-online link</source>
        <translation>Enlace de pago en línea</translation>
    </message>
</context>
<context>
    <name>CompleteMilestoneDialog</name>
    <message>
        <source>Complete milestone</source>
        <translation>Completar hito</translation>
    </message>
    <message>
        <source>Mark complete</source>
        <translation>Marcar completado</translation>
    </message>
    <message>
        <source>Mark &lt;b&gt;{0}&lt;/b&gt; as completed.</source>
        <translation>Marcar &lt;b&gt;{0}&lt;/b&gt; como completado.</translation>
    </message>
    <message>
        <source>What was delivered, inspections passed, who signed off…</source>
        <translation>Qué se entregó, inspecciones superadas, quién dio el visto bueno…</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Completado el</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Sync conflicts</source>
        <translation>Conflictos de sincronización</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Office version</source>
        <translation>Versión de la oficina</translation>
    </message>
    <message>
        <source>Field version</source>
        <translation>Versión de obra</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>settled: {0}</source>
        <translation>resuelto: {0}</translation>
    </message>
    <message>
        <source>open — {0}</source>
        <translation>pendiente — {0}</translation>
    </message>
    <message>
        <source>Keep office version</source>
        <translation>Conservar la versión de la oficina</translation>
    </message>
    <message>
        <source>Keep field version</source>
        <translation>Conservar la versión de obra</translation>
    </message>
    <message>
        <source>Conflicts are settled at the office.</source>
        <translation>Los conflictos se resuelven en la oficina.</translation>
    </message>
    <message>
        <source>Both versions are kept until you settle a conflict; issued documents and payments never change.</source>
        <translation>Se conservan ambas versiones hasta que resuelva el conflicto; los documentos emitidos y los pagos no cambian nunca.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to office server</source>
        <translation>Conectar al servidor de la oficina</translation>
    </message>
    <message>
        <source>(new server)</source>
        <translation>(servidor nuevo)</translation>
    </message>
    <message>
        <source>server name or address, e.g. office-server</source>
        <translation>nombre o dirección del servidor, p. ej. office-server</translation>
    </message>
    <message>
        <source>e.g. books</source>
        <translation>p. ej. books</translation>
    </message>
    <message>
        <source>not stored; leave empty to use ~/.pgpass</source>
        <translation>no se guarda; déjela vacía para usar ~/.pgpass</translation>
    </message>
    <message>
        <source>Recent:</source>
        <translation>Recientes:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de datos:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Ask whoever set the office server up for these. The password is never saved.</source>
        <translation>Pida estos datos a quien configuró el servidor de la oficina. La contraseña nunca se guarda.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Fill in at least the database and the user.</source>
        <translation>Indique al menos la base de datos y el usuario.</translation>
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
        <translation>Guardar PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Conditional progress</source>
        <translation>Parcial condicional</translation>
    </message>
    <message>
        <source>Unconditional progress</source>
        <translation>Parcial incondicional</translation>
    </message>
    <message>
        <source>Conditional final</source>
        <translation>Final condicional</translation>
    </message>
    <message>
        <source>Unconditional final</source>
        <translation>Final incondicional</translation>
    </message>
</context>
<context>
    <name>ConstructionMenu</name>
    <message>
        <source>Construction</source>
        <translation type="vanished">Construcción</translation>
    </message>
    <message>
        <source>&amp;Construction</source>
        <translation>Cons&amp;trucción</translation>
    </message>
    <message>
        <source>Change &amp;orders…</source>
        <translation>Órdenes de &amp;cambio…</translation>
    </message>
    <message>
        <source>&amp;Deposit invoice…</source>
        <translation>Factura de &amp;anticipo…</translation>
    </message>
    <message>
        <source>&amp;Release retainage…</source>
        <translation>&amp;Liberar retención de garantía…</translation>
    </message>
    <message>
        <source>&amp;Pay application…</source>
        <translation>&amp;Solicitud de pago…</translation>
    </message>
    <message>
        <source>&amp;Lien waivers…</source>
        <translation>&amp;Renuncias de gravamen…</translation>
    </message>
    <message>
        <source>Lien waiver &amp;wording…</source>
        <translation>&amp;Texto de las renuncias de gravamen…</translation>
    </message>
    <message>
        <source>Select a project first.</source>
        <translation>Primero seleccione un proyecto.</translation>
    </message>
    <message>
        <source>Project {0} has no applied deposit (its deposit is a milestone).</source>
        <translation>El proyecto {0} no tiene anticipo a descontar (su anticipo es un hito).</translation>
    </message>
    <message>
        <source>Project {0} bills by milestones; pay applications need progress billing.</source>
        <translation>El proyecto {0} factura por hitos; las solicitudes de pago requieren facturación por avance de obra.</translation>
    </message>
</context>
<context>
    <name>ConstructionTerms</name>
    <message>
        <source>Construction terms</source>
        <translation>Condiciones de obra</translation>
    </message>
    <message>
        <source>By milestones (a payment schedule)</source>
        <translation>Por hitos (un calendario de pagos)</translation>
    </message>
    <message>
        <source>Progress: schedule of values, pay applications (G702/G703)</source>
        <translation>Por avance: desglose de valores, solicitudes de pago (G702/G703)</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturación</translation>
    </message>
    <message>
        <source>Before tax</source>
        <translation>Antes de impuestos</translation>
    </message>
    <message>
        <source>After tax</source>
        <translation>Después de impuestos</translation>
    </message>
    <message>
        <source>Retainage basis</source>
        <translation>Base de la retención</translation>
    </message>
    <message>
        <source>Lower retainage to</source>
        <translation>Reducir la retención al</translation>
    </message>
    <message>
        <source>% once work reaches</source>
        <translation>% cuando la obra alcance el</translation>
    </message>
    <message>
        <source>% of the contract</source>
        <translation>% del contrato</translation>
    </message>
    <message>
        <source>Step-down</source>
        <translation>Reducción</translation>
    </message>
    <message>
        <source>A milestone of the schedule (if any)</source>
        <translation>Un hito del calendario (si lo hay)</translation>
    </message>
    <message>
        <source>Applied: an advance deducted from later invoices</source>
        <translation>A descontar: un adelanto que se deduce de facturas posteriores</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Anticipo</translation>
    </message>
    <message>
        <source>deducted pro rata from each milestone invoice</source>
        <translation>deducido a prorrata de cada factura de hito</translation>
    </message>
    <message>
        <source>deducted all on the final invoice</source>
        <translation>deducido íntegramente en la factura final</translation>
    </message>
    <message>
        <source>Deposit amount</source>
        <translation>Importe del anticipo</translation>
    </message>
    <message>
        <source>step-down threshold</source>
        <translation>umbral de reducción</translation>
    </message>
    <message>
        <source>stepped-down retainage rate</source>
        <translation>porcentaje de retención reducido</translation>
    </message>
    <message>
        <source>deposit</source>
        <translation>anticipo</translation>
    </message>
    <message>
        <source>An applied deposit must be more than zero.</source>
        <translation>Un anticipo a descontar debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>The stepped-down retainage rate cannot be above the retainage rate.</source>
        <translation>El porcentaje de retención reducido no puede superar el porcentaje de retención.</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>Move {0}</source>
        <extracomment>The PDF renderer&apos;s imports and fonts are warmed this long after the first load (start of the day).</extracomment>
        <translation>Mover {0}</translation>
    </message>
    <message>
        <source>Milestone Desk</source>
        <translation>Milestone Desk</translation>
    </message>
    <message>
        <source>This window shows the file read-only; nothing can be changed here.</source>
        <translation>Esta ventana muestra el archivo en solo lectura; aquí no se puede cambiar nada.</translation>
    </message>
    <message>
        <source>Loading projects…</source>
        <translation>Cargando proyectos…</translation>
    </message>
    <message>
        <source>Discard the unsaved changes to the schedule of {0}?</source>
        <translation>¿Descartar los cambios sin guardar del calendario de {0}?</translation>
    </message>
    <message>
        <source>Company profile saved.</source>
        <translation>Perfil de la empresa guardado.</translation>
    </message>
    <message>
        <source>Client {0} added.</source>
        <translation>Cliente {0} añadido.</translation>
    </message>
    <message>
        <source>Select a project to edit its client.</source>
        <translation>Seleccione un proyecto para editar su cliente.</translation>
    </message>
    <message>
        <source>Client {0} saved.</source>
        <translation>Cliente {0} guardado.</translation>
    </message>
    <message>
        <source>Set up the company profile first (File → Company profile).</source>
        <translation>Primero configure el perfil de la empresa (Archivo → Perfil de la empresa).</translation>
    </message>
    <message>
        <source>Project {0} created.</source>
        <translation>Proyecto {0} creado.</translation>
    </message>
    <message>
        <source>Archive project {0}? It leaves the active list; nothing is deleted.</source>
        <translation>¿Archivar el proyecto {0}? Sale de la lista activa; no se borra nada.</translation>
    </message>
    <message>
        <source>Project {0} is now {1}.</source>
        <translation>El proyecto {0} ahora está {1}.</translation>
    </message>
    <message>
        <source>Schedule of {0} saved.</source>
        <translation>Calendario de {0} guardado.</translation>
    </message>
    <message>
        <source>Discard the unsaved changes to this schedule?</source>
        <translation>¿Descartar los cambios sin guardar de este calendario?</translation>
    </message>
    <message>
        <source>Nothing was changed; check the entry.</source>
        <translation>No se ha cambiado nada; revise lo introducido.</translation>
    </message>
    <message>
        <source>{0} marked complete.</source>
        <translation>{0} marcado como completado.</translation>
    </message>
    <message>
        <source>Reopen {0}? It goes back to in progress.</source>
        <translation>¿Reabrir {0}? Vuelve a estar en curso.</translation>
    </message>
    <message>
        <source>{0} reopened.</source>
        <translation>{0} reabierto.</translation>
    </message>
    <message>
        <source>Move {0} to {1}, past {2}? The milestones would then be planned out of their order.</source>
        <translation>¿Mover {0} al {1}, más allá de {2}? Los hitos quedarían planificados fuera de su orden.</translation>
    </message>
    <message>
        <source>{0} moved to {1}.</source>
        <translation>{0} movido al {1}.</translation>
    </message>
    <message>
        <source>{0} moved.</source>
        <translation type="vanished">{0} movido.</translation>
    </message>
    <message>
        <source>Invoice {0} issued.</source>
        <translation>Factura {0} emitida.</translation>
    </message>
    <message>
        <source>Select an open invoice in the invoices pane first.</source>
        <translation>Primero seleccione una factura pendiente en el panel de facturas.</translation>
    </message>
    <message>
        <source>Payment recorded, receipt {0}.</source>
        <translation>Pago registrado, recibo {0}.</translation>
    </message>
    <message>
        <source>{0} kept as client credit.</source>
        <translation>{0} queda como crédito del cliente.</translation>
    </message>
    <message>
        <source>Give the client the receipt:</source>
        <translation>Entregue el recibo al cliente:</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Milestone Desk — something went wrong</source>
        <translation>Milestone Desk — algo salió mal</translation>
    </message>
    <message>
        <source>Milestone Desk hit an error it did not expect. The step you were taking did not finish; anything already saved in the company file is safe. Please send the report below to whoever supports your installation.</source>
        <translation>Milestone Desk encontró un error inesperado. El paso que estaba dando no terminó; todo lo ya guardado en el archivo de la empresa está a salvo. Envíe el informe de abajo a quien dé soporte a su instalación.</translation>
    </message>
    <message>
        <source>The log file is at {0}</source>
        <translation>El archivo de registro está en {0}</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Copiar informe</translation>
    </message>
</context>
<context>
    <name>CreditNoteDialog</name>
    <message>
        <source>Credit note</source>
        <translation>Nota de crédito</translation>
    </message>
    <message>
        <source>Issue credit note</source>
        <translation>Emitir nota de crédito</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>balance</source>
        <translation>saldo</translation>
    </message>
    <message>
        <source>Why is this credit given? (required)</source>
        <translation>¿Por qué se concede este crédito? (obligatorio)</translation>
    </message>
    <message>
        <source>Reduce what the client owes on this invoice</source>
        <translation>Reducir lo que el cliente debe en esta factura</translation>
    </message>
    <message>
        <source>Refund money the client already paid</source>
        <translation>Devolver dinero que el cliente ya pagó</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Credit is</source>
        <translation>El crédito</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <source>Set up the company profile to see what is owed and what comes in next.</source>
        <translation>Configure el perfil de la empresa para ver qué se debe y qué se cobrará.</translation>
    </message>
    <message>
        <source>Opening the books…</source>
        <translation>Abriendo los libros…</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Pendiente de cobro</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Retainage held</source>
        <translation>Retención acumulada</translation>
    </message>
    <message>
        <source>Due in the next 14 days</source>
        <translation>Vence en los próximos 14 días</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <source>To bill</source>
        <translation>Por facturar</translation>
    </message>
    <message>
        <source>Overdue and due soon</source>
        <translation>Vencidas y por vencer</translation>
    </message>
    <message>
        <source>Milestones coming up</source>
        <translation>Próximos hitos</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Cash-flow forecast</source>
        <translation>Previsión de tesorería</translation>
    </message>
    <message>
        <source>Receivables on {0}</source>
        <translation>Cuentas por cobrar al {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) past due</source>
        <translation>
            <numerusform>%n factura vencida</numerusform>
            <numerusform>%n facturas vencidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n factura</numerusform>
            <numerusform>%n facturas</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} invoice(s) past due</source>
        <translation type="vanished">{0} factura(s) vencida(s)</translation>
    </message>
    <message>
        <source>Nothing overdue</source>
        <translation>Nada vencido</translation>
    </message>
    <message>
        <source>Released at completion</source>
        <translation>Se libera al finalizar</translation>
    </message>
    <message>
        <source>{0} invoice(s)</source>
        <translation type="vanished">{0} factura(s)</translation>
    </message>
    <message>
        <source>Nothing due soon</source>
        <translation>Nada vence pronto</translation>
    </message>
    <message>
        <source>{0} unapplied client credit</source>
        <translation>{0} de crédito de cliente sin aplicar</translation>
    </message>
    <message>
        <source>Issued and not yet paid</source>
        <translation>Emitido y aún no pagado</translation>
    </message>
    <message>
        <source>{0} days late</source>
        <translation>{0} días de retraso</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>vence hoy</translation>
    </message>
    <message>
        <source>in {0} days</source>
        <translation>en {0} días</translation>
    </message>
</context>
<context>
    <name>DepositDialog</name>
    <message>
        <source>Deposit invoice — {0}</source>
        <translation>Factura de anticipo — {0}</translation>
    </message>
    <message>
        <source>The deposit is an advance outside the payment schedule: it is invoiced now with no tax and no retainage, and later milestone invoices deduct it.</source>
        <translation>El anticipo es un adelanto fuera del calendario de pagos: se factura ahora sin impuestos ni retención, y las facturas de hitos posteriores lo descuentan.</translation>
    </message>
    <message>
        <source>Contract sum to date</source>
        <translation>Importe del contrato a la fecha</translation>
    </message>
    <message>
        <source>Deposit (amount due)</source>
        <translation>Anticipo (importe a pagar)</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Fecha de la factura</translation>
    </message>
    <message>
        <source>Issue deposit invoice</source>
        <translation>Emitir factura de anticipo</translation>
    </message>
    <message>
        <source>Issue the deposit invoice of {0} for {1}? Issued invoices cannot be edited.</source>
        <translation>¿Emitir la factura de anticipo de {0} para {1}? Las facturas emitidas no se pueden modificar.</translation>
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
        <translation>Guardar PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Invoice {0}</source>
        <translation>Factura {0}</translation>
    </message>
    <message>
        <source>Receipt {0}</source>
        <translation>Recibo {0}</translation>
    </message>
    <message>
        <source>Draft invoice — {0}</source>
        <translation>Borrador de factura — {0}</translation>
    </message>
    <message>
        <source>Sent {0} to the printer.</source>
        <translation>Enviado a la impresora: {0}.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>No se pudo iniciar la impresora.</translation>
    </message>
    <message>
        <source>Sent {0} {1} to the printer.</source>
        <translation type="vanished">{0} {1} enviado a la impresora.</translation>
    </message>
    <message>
        <source>Cannot write {0}: {1}.</source>
        <translation type="vanished">No se puede escribir {0}: {1}.</translation>
    </message>
    <message>
        <source>Saved {0}.</source>
        <translation>Guardado {0}.</translation>
    </message>
    <message>
        <source>Invoice {0} sent.</source>
        <translation>Factura {0} enviada.</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <source>Drafts from the site</source>
        <translation>Borradores de la obra</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Written (UTC)</source>
        <translation>Escrito (UTC)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Change-order request</source>
        <translation>Solicitud de orden de cambio</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>office</source>
        <translation>oficina</translation>
    </message>
    <message>
        <source>No drafts yet. Change-order requests and notes written on site show here.</source>
        <translation>Aún no hay borradores. Aquí aparecen las solicitudes de orden de cambio y las notas escritas en la obra.</translation>
    </message>
    <message>
        <source>New draft…</source>
        <translation>Nuevo borrador…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>waiting for the next sync</source>
        <translation>esperando la próxima sincronización</translation>
    </message>
    <message>
        <source>sent to the office {0}</source>
        <translation>enviado a la oficina {0}</translation>
    </message>
    <message>
        <source>at the office</source>
        <translation>en la oficina</translation>
    </message>
    <message>
        <source>received</source>
        <translation>recibido</translation>
    </message>
</context>
<context>
    <name>EInvoiceActions</name>
    <message>
        <source>Save e-invoice</source>
        <translation>Guardar factura electrónica</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>PDF with embedded XML (*.pdf)</source>
        <translation>PDF con XML incrustado (*.pdf)</translation>
    </message>
    <message>
        <source>XML (*.xml)</source>
        <translation>XML (*.xml)</translation>
    </message>
    <message>
        <source>Cannot write {0}: {1}.</source>
        <translation>No se puede escribir {0}: {1}.</translation>
    </message>
    <message>
        <source>Saved e-invoice {0} ({1}).</source>
        <translation>Factura electrónica guardada: {0} ({1}).</translation>
    </message>
</context>
<context>
    <name>EmailDialog</name>
    <message>
        <source>Email invoice {0}</source>
        <translation>Enviar la factura {0} por correo</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Asunto:</translation>
    </message>
    <message>
        <source>Attachment:</source>
        <translation>Adjunto:</translation>
    </message>
    <message>
        <source>Attach as e-invoice (Factur-X: the PDF with its XML inside)</source>
        <translation>Adjuntar como factura electrónica (Factur-X: el PDF con su XML dentro)</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Enviar ahora</translation>
    </message>
    <message>
        <source>Open in my mail program (.eml)…</source>
        <translation>Abrir en mi programa de correo (.eml)…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Sent — the server replied: {0}</source>
        <translation>Enviado — el servidor respondió: {0}</translation>
    </message>
    <message>
        <source>Not sent yet: {0}</source>
        <translation>Aún no enviado: {0}</translation>
    </message>
    <message>
        <source>Failed: {0}</source>
        <translation>Falló: {0}</translation>
    </message>
    <message>
        <source>Save email draft</source>
        <translation>Guardar borrador de correo</translation>
    </message>
    <message>
        <source>Email message (*.eml)</source>
        <translation>Mensaje de correo (*.eml)</translation>
    </message>
    <message>
        <source>Draft saved to {0}; it opens in your mail program.</source>
        <translation>Borrador guardado en {0}; se abre en su programa de correo.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export for the accountant</source>
        <translation>Exportar para el contable</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Todas las fechas</translation>
    </message>
    <message>
        <source>Only what was not exported before (and mark it exported)</source>
        <translation>Solo lo que no se exportó antes (y marcarlo como exportado)</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>QuickBooks Online and Xero get two files: the invoices and, beside them, the payments.</source>
        <translation>QuickBooks Online y Xero reciben dos archivos: las facturas y, junto a ellas, los pagos.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
</context>
<context>
    <name>FieldActions</name>
    <message>
        <source>Take a &amp;field copy…</source>
        <translation>Sacar una copia de ca&amp;mpo…</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflictos…</translation>
    </message>
    <message>
        <source>&amp;Drafts…</source>
        <translation>&amp;Borradores…</translation>
    </message>
    <message>
        <source>Sign &amp;off on site…</source>
        <translation>Firmar la conformidad en &amp;obra…</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <extracomment>Runs a modal dialog (tests put a script here instead of exec()).</extracomment>
        <translation>&amp;Sincronizar</translation>
    </message>
    <message>
        <source>Field copy of {0} · last synced {1}</source>
        <translation>Copia de campo de {0} · última sincronización {1}</translation>
    </message>
    <message>
        <source>Field copy for {0} written to {1}.</source>
        <translation>Copia de campo para {0} guardada en {1}.</translation>
    </message>
    <message>
        <source>Syncing with the office…</source>
        <translation>Sincronizando con la oficina…</translation>
    </message>
    <message>
        <source>Synced: pushed {0}, pulled {1} change(s).</source>
        <translation>Sincronizado: {0} cambio(s) enviado(s), {1} recibido(s).</translation>
    </message>
    <message>
        <source>{0} conflict(s) for the office to settle.</source>
        <translation>{0} conflicto(s) pendiente(s) de resolver en la oficina.</translation>
    </message>
    <message>
        <source>Draft saved for {0}.</source>
        <translation>Borrador guardado para {0}.</translation>
    </message>
    <message>
        <source>Select a milestone in the schedule first.</source>
        <translation>Seleccione primero un hito en el calendario.</translation>
    </message>
    <message>
        <source>{0} signed off by {1}.</source>
        <translation>{0} firmado por {1}.</translation>
    </message>
</context>
<context>
    <name>FieldCopyDialog</name>
    <message>
        <source>Take a field copy</source>
        <translation>Sacar una copia de campo</translation>
    </message>
    <message>
        <source>Office books:</source>
        <translation>Libros de la oficina:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Field copy file:</source>
        <translation>Archivo de la copia de campo:</translation>
    </message>
    <message>
        <source>e.g. TRUCK1</source>
        <translation>p. ej. FURGONETA1</translation>
    </message>
    <message>
        <source>Device code:</source>
        <translation>Código del dispositivo:</translation>
    </message>
    <message>
        <source>all projects, or e.g. P-001,P-002</source>
        <translation>todos los proyectos, o p. ej. P-001,P-002</translation>
    </message>
    <message>
        <source>Projects:</source>
        <translation>Proyectos:</translation>
    </message>
    <message>
        <source>Field copy</source>
        <translation>Copia de campo</translation>
    </message>
    <message>
        <source>Milestone Desk books (*.mdesk)</source>
        <translation>Libros de Milestone Desk (*.mdesk)</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Copia de seguridad ahora…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurar una copia…</translation>
    </message>
    <message>
        <source>Out&amp;box…</source>
        <translation>&amp;Bandeja de salida…</translation>
    </message>
    <message>
        <source>&amp;Mail server…</source>
        <translation>Servidor de &amp;correo…</translation>
    </message>
    <message>
        <source>The lock on this file could not be renewed; another window may open it.</source>
        <translation>No se pudo renovar el bloqueo de este archivo; otra ventana podría abrirlo.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <source>Your server account may only read these books.</source>
        <translation>Su cuenta en el servidor solo puede consultar esta contabilidad.</translation>
    </message>
    <message>
        <source>Another window or computer has this file open; nothing can be changed here.</source>
        <translation>Otra ventana u otro equipo tiene abierto este archivo; aquí no se puede cambiar nada.</translation>
    </message>
    <message>
        <source>Outbox: {0} waiting</source>
        <translation>Bandeja de salida: {0} en espera</translation>
    </message>
    <message>
        <source>Backing up {0}…</source>
        <translation>Haciendo copia de seguridad de {0}…</translation>
    </message>
    <message>
        <source>The backup could not be written: {0}.</source>
        <translation>No se pudo escribir la copia: {0}.</translation>
    </message>
    <message>
        <source>Backup saved: {0}</source>
        <translation>Copia guardada: {0}</translation>
    </message>
    <message>
        <source>Today&apos;s backup saved: {0}</source>
        <translation>Copia de seguridad de hoy guardada: {0}</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made: {0}</source>
        <translation>No se pudo hacer la copia de seguridad de hoy: {0}</translation>
    </message>
    <message>
        <source>This window shows the file read-only; restore it from the window that has it open.</source>
        <translation>Esta ventana muestra el archivo en solo lectura; restáurelo desde la ventana que lo tiene abierto.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restaurando la copia de seguridad…</translation>
    </message>
    <message>
        <source>The backup was restored; the file shows it now.</source>
        <translation>La copia se restauró; el archivo ya la muestra.</translation>
    </message>
    <message>
        <source>There are no backups of this file yet.</source>
        <translation>Aún no hay copias de este archivo.</translation>
    </message>
    <message>
        <source>Replace the company file with the backup you chose? The current file is kept aside first.</source>
        <translation>¿Sustituir el archivo de empresa por la copia elegida? Antes se guarda aparte el archivo actual.</translation>
    </message>
    <message>
        <source>Mail server settings saved.</source>
        <translation>Configuración del servidor de correo guardada.</translation>
    </message>
</context>
<context>
    <name>ForecastChart</name>
    <message>
        <source>Cash-flow forecast chart</source>
        <translation>Gráfico de previsión de tesorería</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Cobrado</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>… y {0} más</translation>
    </message>
    <message>
        <source>{0}  {1} — {2}  {3}</source>
        <translation>{0}  {1} — {2}  {3}</translation>
    </message>
    <message>
        <source>{0}  milestone {1} ({2}, {3})  {4}</source>
        <translation>{0}  hito {1} ({2}, {3})  {4}</translation>
    </message>
    <message>
        <source>overdue  {0} ({1}, {2})  {3}</source>
        <translation>vencida  {0} ({1}, {2})  {3}</translation>
    </message>
    <message>
        <source>due {0}  {1} ({2}, {3})  {4}</source>
        <translation>vence {0}  {1} ({2}, {3})  {4}</translation>
    </message>
    <message>
        <source>No forecast yet</source>
        <translation>Aún no hay previsión</translation>
    </message>
    <message>
        <source>Overdue, expected now</source>
        <translation>Vencido, esperado ya</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>This {0}</source>
        <translation type="vanished">Este {0}</translation>
    </message>
</context>
<context>
    <name>ForecastPanel</name>
    <message>
        <source>By month</source>
        <translation>Por mes</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Por semana</translation>
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
    <name>HistoryDialog</name>
    <message>
        <source>History — {0}</source>
        <translation>Historial — {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s). The trail is append-only; each event is chained to the one before.</source>
        <translation>
            <numerusform>%n evento. El registro solo admite añadidos; cada evento está encadenado al anterior.</numerusform>
            <numerusform>%n eventos. El registro solo admite añadidos; cada evento está encadenado al anterior.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} event(s). The trail is append-only; each event is chained to the one before.</source>
        <translation type="vanished">{0} evento(s). El registro solo admite añadidos; cada evento se encadena al anterior.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When (UTC)</source>
        <extracomment>Keys of audit payloads that hold money in minor units.</extracomment>
        <translation>Cuándo (UTC)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <source>Payment applied</source>
        <translation>Pago aplicado</translation>
    </message>
    <message>
        <source>Payment recorded</source>
        <translation>Pago registrado</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Nota de crédito</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Anulada</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciado</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Reabierto</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation>Reprogramado</translation>
    </message>
    <message>
        <source>Invoice voided</source>
        <translation>Factura anulada</translation>
    </message>
    <message>
        <source>receipt PDF fingerprint kept</source>
        <translation>huella del PDF del recibo guardada</translation>
    </message>
    <message>
        <source>PDF fingerprint kept</source>
        <translation>huella del PDF guardada</translation>
    </message>
</context>
<context>
    <name>InvoiceActions</name>
    <message>
        <source>Pre&amp;view / open PDF</source>
        <translation>&amp;Vista previa / abrir PDF</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Guardar PDF…</translation>
    </message>
    <message>
        <source>&amp;Email…</source>
        <translation>Enviar por &amp;correo…</translation>
    </message>
    <message>
        <source>Save e-&amp;invoice…</source>
        <translation>Guardar &amp;factura electrónica…</translation>
    </message>
    <message>
        <source>Bank, tax and e-invoice &amp;details…</source>
        <translation>&amp;Datos bancarios, fiscales y de factura electrónica…</translation>
    </message>
    <message>
        <source>&amp;Void invoice…</source>
        <translation>&amp;Anular factura…</translation>
    </message>
    <message>
        <source>&amp;Credit note…</source>
        <translation>Nota de &amp;crédito…</translation>
    </message>
    <message>
        <source>Invoice &amp;history…</source>
        <translation>&amp;Historial de la factura…</translation>
    </message>
    <message>
        <source>&amp;Receipts of this invoice</source>
        <translation>&amp;Recibos de esta factura</translation>
    </message>
    <message>
        <source>Select an issued invoice in the invoices pane first.</source>
        <translation>Primero seleccione una factura emitida en el panel de facturas.</translation>
    </message>
    <message>
        <source>Bank, tax and e-invoice details saved.</source>
        <translation>Datos bancarios, fiscales y de factura electrónica guardados.</translation>
    </message>
    <message>
        <source>Void invoice {0}? Its number stays used and it can no longer be paid. This cannot be undone.</source>
        <translation>¿Anular la factura {0}? Su número sigue usado y ya no se podrá pagar. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Invoice {0} is void.</source>
        <translation>La factura {0} está anulada.</translation>
    </message>
    <message>
        <source>Credit note {0} issued against {1}.</source>
        <translation>Nota de crédito {0} emitida sobre {1}.</translation>
    </message>
    <message>
        <source>invoice {0}</source>
        <translation>factura {0}</translation>
    </message>
    <message>
        <source>Select a project first.</source>
        <translation>Primero seleccione un proyecto.</translation>
    </message>
    <message>
        <source>project {0}</source>
        <translation>proyecto {0}</translation>
    </message>
    <message>
        <source>Select a milestone in the schedule first.</source>
        <translation>Primero seleccione un hito en el calendario.</translation>
    </message>
    <message>
        <source>milestone {0}</source>
        <translation>hito {0}</translation>
    </message>
    <message>
        <source>Print with PAID stamp…</source>
        <translation>Imprimir con sello de PAGADA…</translation>
    </message>
    <message>
        <source>Save PDF with PAID stamp…</source>
        <translation>Guardar PDF con sello de PAGADA…</translation>
    </message>
    <message>
        <source>(no payments yet)</source>
        <translation>(aún sin pagos)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <source>Email…</source>
        <translation>Correo…</translation>
    </message>
    <message>
        <source>Email receipt {0} to the client.</source>
        <translation>Enviar el recibo {0} al cliente por correo.</translation>
    </message>
    <message>
        <source>Receipt {0} is in the outbox; File → Outbox… sends it.</source>
        <translation>El recibo {0} está en la bandeja de salida; Archivo → Bandeja de salida… lo envía.</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Recibos</translation>
    </message>
</context>
<context>
    <name>InvoicesModel</name>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Overdue {0} d</source>
        <translation>Vencida {0} d</translation>
    </message>
    <message>
        <source>credited {0}</source>
        <translation>abonado {0}</translation>
    </message>
    <message>
        <source>Void: {0}</source>
        <translation>Anulada: {0}</translation>
    </message>
</context>
<context>
    <name>InvoicesPane</name>
    <message>
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Todos los proyectos</translation>
    </message>
    <message>
        <source>Record payment…</source>
        <translation>Registrar pago…</translation>
    </message>
    <message>
        <source>Invoices — all projects</source>
        <translation>Facturas — todos los proyectos</translation>
    </message>
    <message>
        <source>Invoices — {0}</source>
        <translation>Facturas — {0}</translation>
    </message>
    <message>
        <source>Open {0}</source>
        <translation>Pendiente {0}</translation>
    </message>
    <message>
        <source>{0} overdue</source>
        <translation>{0} vencidas</translation>
    </message>
</context>
<context>
    <name>IssueInvoiceDialog</name>
    <message>
        <source>Issue invoice</source>
        <translation>Emitir factura</translation>
    </message>
    <message>
        <source>Issuing the invoice and making its PDF…</source>
        <translation>Emitiendo la factura y creando su PDF…</translation>
    </message>
    <message>
        <source>Invoice for &lt;b&gt;{0}&lt;/b&gt; of project {1}. The invoice number is taken only when you issue it.</source>
        <translation>Factura de &lt;b&gt;{0}&lt;/b&gt; del proyecto {1}. El número se asigna solo al emitirla.</translation>
    </message>
    <message>
        <source>Milestone amount (gross)</source>
        <translation>Importe del hito (bruto)</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Impuesto</translation>
    </message>
    <message>
        <source>Retainage withheld</source>
        <translation>Retención aplicada</translation>
    </message>
    <message>
        <source>Deposit applied</source>
        <translation>Anticipo aplicado</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Importe a pagar</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Fecha de emisión</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Asiento</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Debe</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Haber</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Concepto</translation>
    </message>
</context>
<context>
    <name>JournalPanel</name>
    <message>
        <source>All dates</source>
        <translation>Todas las fechas</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Todas las cuentas</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>Guardar CSV…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>{0} entries, {1} lines · debits {2} · credits {3}</source>
        <translation>{0} asientos, {1} líneas · debe {2} · haber {3}</translation>
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
    <name>LedgerView</name>
    <message>
        <source>Export PDF…</source>
        <translation>Exportar PDF…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>This company file has no company profile yet. Set it up to start billing.</source>
        <translation>Este archivo aún no tiene perfil de empresa. Configúrelo para empezar a facturar.</translation>
    </message>
    <message>
        <source>Set up company profile…</source>
        <translation>Configurar el perfil de la empresa…</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Projects and billing</source>
        <translation>Proyectos y facturación</translation>
    </message>
    <message>
        <source>&amp;New company…</source>
        <translation>&amp;Nueva empresa…</translation>
    </message>
    <message>
        <source>Open the &amp;sample company</source>
        <translation>Abrir la empresa de &amp;ejemplo</translation>
    </message>
    <message>
        <source>New &amp;empty company file…</source>
        <translation>Nuevo archivo de empresa &amp;vacío…</translation>
    </message>
    <message>
        <source>&amp;Open company file…</source>
        <translation>&amp;Abrir archivo de empresa…</translation>
    </message>
    <message>
        <source>Connect to office &amp;server…</source>
        <translation>C&amp;onectar al servidor de la oficina…</translation>
    </message>
    <message>
        <source>Company &amp;profile…</source>
        <translation>&amp;Perfil de la empresa…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&amp;Undo schedule edit</source>
        <translation type="vanished">&amp;Deshacer cambio del calendario</translation>
    </message>
    <message>
        <source>&amp;Redo schedule edit</source>
        <translation type="vanished">&amp;Rehacer cambio del calendario</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Find project</source>
        <translation>&amp;Buscar proyecto</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nuevo proyecto…</translation>
    </message>
    <message>
        <source>New &amp;client…</source>
        <translation>Nuevo &amp;cliente…</translation>
    </message>
    <message>
        <source>&amp;Edit client of this project…</source>
        <translation>&amp;Editar el cliente de este proyecto…</translation>
    </message>
    <message>
        <source>&amp;Save schedule</source>
        <translation>&amp;Guardar calendario</translation>
    </message>
    <message>
        <source>Mark project &amp;active</source>
        <translation>Marcar proyecto &amp;activo</translation>
    </message>
    <message>
        <source>Mark project &amp;completed</source>
        <translation>Marcar proyecto &amp;completado</translation>
    </message>
    <message>
        <source>&amp;Archive project…</source>
        <translation>&amp;Archivar proyecto…</translation>
    </message>
    <message>
        <source>Mark milestone &amp;complete…</source>
        <translation>Marcar hito &amp;completado…</translation>
    </message>
    <message>
        <source>&amp;Reopen milestone…</source>
        <translation>&amp;Reabrir hito…</translation>
    </message>
    <message>
        <source>&amp;Issue invoice…</source>
        <translation>&amp;Emitir factura…</translation>
    </message>
    <message>
        <source>Record &amp;payment…</source>
        <translation>Registrar &amp;pago…</translation>
    </message>
    <message>
        <source>Preview &amp;draft invoice…</source>
        <translation>Vista previa del &amp;borrador de factura…</translation>
    </message>
    <message>
        <source>Project &amp;history…</source>
        <translation>&amp;Historial del proyecto…</translation>
    </message>
    <message>
        <source>&amp;Milestone history…</source>
        <translation>&amp;Historial del hito…</translation>
    </message>
    <message>
        <source>&amp;Reminders and late fees…</source>
        <translation>&amp;Recordatorios y recargos…</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>&amp;Idioma…</translation>
    </message>
    <message>
        <source>Select a milestone in the schedule first.</source>
        <translation>Primero seleccione un hito en el calendario.</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) · contract {0} · billed {1} · paid {2} · outstanding {3}</source>
        <translation>
            <numerusform>%n proyecto · contrato {0} · facturado {1} · cobrado {2} · pendiente {3}</numerusform>
            <numerusform>%n proyectos · contrato {0} · facturado {1} · cobrado {2} · pendiente {3}</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} projects · contract {1} · billed {2} · paid {3} · outstanding {4}</source>
        <translation type="vanished">{0} proyectos · contrato {1} · facturado {2} · pagado {3} · pendiente {4}</translation>
    </message>
    <message>
        <source>Milestone Desk — {0} (read-only)</source>
        <translation>Milestone Desk — {0} (solo lectura)</translation>
    </message>
    <message>
        <source>Milestone Desk — {0}</source>
        <translation>Milestone Desk — {0}</translation>
    </message>
    <message>
        <source>Server: {0}</source>
        <translation>Servidor: {0}</translation>
    </message>
    <message>
        <source>File: {0}</source>
        <translation>Archivo: {0}</translation>
    </message>
    <message>
        <source>New company file</source>
        <translation type="vanished">Nuevo archivo de empresa</translation>
    </message>
    <message>
        <source>Company files (*.mdesk)</source>
        <translation type="vanished">Archivos de empresa (*.mdesk)</translation>
    </message>
    <message>
        <source>{0} already exists. Open it instead?</source>
        <translation type="vanished">{0} ya existe. ¿Abrirlo en su lugar?</translation>
    </message>
    <message>
        <source>Open company file</source>
        <translation type="vanished">Abrir archivo de empresa</translation>
    </message>
    <message>
        <source>Company files (*.mdesk);;All files (*)</source>
        <translation type="vanished">Archivos de empresa (*.mdesk);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>New company</source>
        <translation type="vanished">Nueva empresa</translation>
    </message>
    <message>
        <source>{0} already exists; choose another name.</source>
        <translation type="vanished">{0} ya existe; elija otro nombre.</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation type="vanished">(ninguno todavía)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Proyecto</translation>
    </message>
    <message>
        <source>&amp;Billing</source>
        <translation>&amp;Facturación</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Informes</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>File</source>
        <translation type="vanished">Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
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
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="vanished">Ayuda</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
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
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="vanished">Salir</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
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
    <name>MilestonePane</name>
    <message>
        <source>No project selected</source>
        <translation>Ningún proyecto seleccionado</translation>
    </message>
    <message>
        <source>Add a milestone</source>
        <translation>Añadir un hito</translation>
    </message>
    <message>
        <source>Remove the selected milestone</source>
        <translation>Quitar el hito seleccionado</translation>
    </message>
    <message>
        <source>Undo the last schedule edit</source>
        <translation>Deshacer el último cambio del calendario</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Save schedule</source>
        <translation>Guardar calendario</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Mark complete…</source>
        <translation>Marcar completado…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <source>Issue invoice…</source>
        <translation>Emitir factura…</translation>
    </message>
    <message>
        <source>Selected milestone:</source>
        <translation>Hito seleccionado:</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0} — {1}&lt;/b&gt;&lt;br&gt;{2} · contract {3} · tax {4} · retainage {5}</source>
        <translation>&lt;b&gt;{0} — {1}&lt;/b&gt;&lt;br&gt;{2} · contrato {3} · impuesto {4} · retención {5}</translation>
    </message>
    <message>
        <source>(locked: change orders)</source>
        <translation>(bloqueado: órdenes de cambio)</translation>
    </message>
    <message>
        <source>(locked: invoices issued)</source>
        <translation>(bloqueado: facturas emitidas)</translation>
    </message>
</context>
<context>
    <name>NewDraftDialog</name>
    <message>
        <source>New draft — {0}</source>
        <translation>Nuevo borrador — {0}</translation>
    </message>
    <message>
        <source>Change-order request</source>
        <translation>Solicitud de orden de cambio</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>e.g. 1250.00 or -300.00</source>
        <translation>p. ej. 1250.00 o -300.00</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Importe:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texto:</translation>
    </message>
</context>
<context>
    <name>NewProjectWizard</name>
    <message>
        <source>New project</source>
        <extracomment>Page ids: the schedule of values (progress billing) comes before the payment schedule so that the milestone path still ends on the last page id.</extracomment>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <source>Create project</source>
        <translation>Crear proyecto</translation>
    </message>
</context>
<context>
    <name>OpenFlow</name>
    <message>
        <source>Checking the company file…</source>
        <translation>Comprobando el archivo de la empresa…</translation>
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
        <translation>Restaurar una copia…</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Abrir en solo lectura</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Read-only shows the books as they are saved; nothing can be changed in this window.</source>
        <translation>Solo lectura muestra los libros tal como están guardados; en esta ventana no se puede cambiar nada.</translation>
    </message>
    <message>
        <source>You can restore a backup; the current file is kept aside first, nothing is deleted.</source>
        <translation>Puede restaurar una copia; antes se guarda aparte el archivo actual, no se borra nada.</translation>
    </message>
    <message>
        <source>No backup of this file was found. The file was not changed.</source>
        <translation>No se encontró ninguna copia de este archivo. El archivo no se modificó.</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
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
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <source>Send waiting messages</source>
        <translation>Enviar mensajes en espera</translation>
    </message>
    <message>
        <source>Retry selected</source>
        <translation>Reintentar selección</translation>
    </message>
    <message>
        <source>{0} waiting, {1} failed, {2} in all.</source>
        <translation>{0} en espera, {1} fallidos, {2} en total.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>{0} of {1} sent.</source>
        <translation>{0} de {1} enviados.</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Cuándo (UTC)</translation>
    </message>
    <message>
        <source>Server reply / reason</source>
        <translation>Respuesta del servidor / motivo</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en cola</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>enviando</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
</context>
<context>
    <name>PayAppDialog</name>
    <message>
        <source>Pay application — {0}</source>
        <translation>Solicitud de pago — {0}</translation>
    </message>
    <message>
        <source>Application No. {0} — {1} {2}</source>
        <translation>Solicitud n.º {0} — {1} {2}</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Período hasta</translation>
    </message>
    <message>
        <source>Type work completed this period (E) and materials presently stored (F) in the shaded cells.</source>
        <translation>Escriba en las celdas sombreadas el trabajo realizado en este período (E) y los materiales almacenados actualmente (F).</translation>
    </message>
    <message>
        <source>Previous application&apos;s period ended {0}.</source>
        <translation>El período de la solicitud anterior terminó el {0}.</translation>
    </message>
    <message>
        <source>Application for payment (summary)</source>
        <translation>Solicitud de pago (resumen)</translation>
    </message>
    <message>
        <source>Issue numbers the application (APP-…), bills line 8 through a progress invoice and issues its conditional progress lien waiver. The PDF is frozen at issue; preview or save it here.</source>
        <translation>Al emitir, la solicitud se numera (APP-…), la línea 8 se factura mediante una factura de avance y se emite su renuncia de gravamen parcial condicional. El PDF queda fijado al emitirse; puede previsualizarlo o guardarlo aquí.</translation>
    </message>
    <message>
        <source>Preview PDF…</source>
        <translation>Vista previa del PDF…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <source>Issue application</source>
        <translation>Emitir solicitud</translation>
    </message>
    <message>
        <source>1. Original contract sum</source>
        <translation>1. Importe original del contrato</translation>
    </message>
    <message>
        <source>2. Net change by change orders</source>
        <translation>2. Variación neta por órdenes de cambio</translation>
    </message>
    <message>
        <source>3. Contract sum to date (line 1 ± 2)</source>
        <translation>3. Importe del contrato a la fecha (línea 1 ± 2)</translation>
    </message>
    <message>
        <source>4. Total completed and stored to date (column G)</source>
        <translation>4. Total realizado y almacenado a la fecha (columna G)</translation>
    </message>
    <message>
        <source>5. Retainage: a. on completed work</source>
        <translation>5. Retención: a. sobre trabajo realizado</translation>
    </message>
    <message>
        <source>    b. on stored material</source>
        <translation>    b. sobre material almacenado</translation>
    </message>
    <message>
        <source>    Total retainage (lines 5a + 5b)</source>
        <translation>    Retención total (líneas 5a + 5b)</translation>
    </message>
    <message>
        <source>6. Total earned less retainage (line 4 − line 5)</source>
        <translation>6. Total devengado menos retención (línea 4 − línea 5)</translation>
    </message>
    <message>
        <source>7. Less previous certificates for payment</source>
        <translation>7. Menos certificados de pago anteriores</translation>
    </message>
    <message>
        <source>8. Current payment due</source>
        <translation>8. Pago actual a abonar</translation>
    </message>
    <message>
        <source>9. Balance to finish, including retainage (line 3 − line 6)</source>
        <translation>9. Saldo para terminar, retención incluida (línea 3 − línea 6)</translation>
    </message>
    <message>
        <source>5. Retainage: a. {0} of completed work</source>
        <translation>5. Retención: a. {0} del trabajo realizado</translation>
    </message>
    <message>
        <source>    b. {0} of stored material</source>
        <translation>    b. {0} del material almacenado</translation>
    </message>
    <message>
        <source>Issue pay application No. {0} for the period to {1}? Current payment due {2}. Issued applications cannot be edited.</source>
        <translation>¿Emitir la solicitud de pago n.º {0} del período hasta el {1}? Pago actual a abonar: {2}. Las solicitudes emitidas no se pueden modificar.</translation>
    </message>
    <message>
        <source>Application {0}</source>
        <translation>Solicitud {0}</translation>
    </message>
    <message>
        <source>Issued {0} with invoice {1} and its conditional lien waiver. Preview or save the PDF:</source>
        <translation>Emitida {0} con la factura {1} y su renuncia de gravamen condicional. Previsualice o guarde el PDF:</translation>
    </message>
    <message>
        <source>Pay application {0}</source>
        <translation>Solicitud de pago {0}</translation>
    </message>
    <message>
        <source>Saved {0}.</source>
        <translation>Guardado {0}.</translation>
    </message>
</context>
<context>
    <name>PayAppModel</name>
    <message>
        <source>A
Item</source>
        <translation>A
Partida</translation>
    </message>
    <message>
        <source>B
Description of work</source>
        <translation>B
Descripción del trabajo</translation>
    </message>
    <message>
        <source>C
Scheduled value</source>
        <translation>C
Valor programado</translation>
    </message>
    <message>
        <source>D
From previous</source>
        <translation>D
Anterior</translation>
    </message>
    <message>
        <source>E
This period</source>
        <translation>E
Este período</translation>
    </message>
    <message>
        <source>F
Materials stored</source>
        <translation>F
Materiales almacenados</translation>
    </message>
    <message>
        <source>G
Completed &amp; stored</source>
        <translation>G
Realizado y almacenado</translation>
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
Saldo para terminar</translation>
    </message>
    <message>
        <source>I
Retainage</source>
        <translation>I
Retención</translation>
    </message>
    <message>
        <source>Grand total</source>
        <translation>Total general</translation>
    </message>
    <message>
        <source>work this period</source>
        <translation>trabajo de este período</translation>
    </message>
    <message>
        <source>stored materials</source>
        <translation>materiales almacenados</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <source>Email…</source>
        <translation>Correo…</translation>
    </message>
    <message>
        <source>This preview needs QtPdf or pdftoppm; use Save PDF… instead.</source>
        <translation>Esta vista previa necesita QtPdf o pdftoppm; use Guardar PDF…</translation>
    </message>
</context>
<context>
    <name>ProjectPage</name>
    <message>
        <source>The project</source>
        <translation>El proyecto</translation>
    </message>
    <message>
        <source>Who it is for and what the contract is worth.</source>
        <translation>Para quién es y cuánto vale el contrato.</translation>
    </message>
    <message>
        <source>New client…</source>
        <translation>Nuevo cliente…</translation>
    </message>
    <message>
        <source>e.g. Kitchen remodel</source>
        <translation>p. ej. Reforma de cocina</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Project code</source>
        <translation>Código del proyecto</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Nombre del proyecto</translation>
    </message>
    <message>
        <source>Site address</source>
        <translation>Dirección de la obra</translation>
    </message>
    <message>
        <source>Contract sum</source>
        <translation>Importe del contrato</translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation>Impuesto %</translation>
    </message>
    <message>
        <source>Retainage %</source>
        <translation>Retención %</translation>
    </message>
    <message>
        <source>Choose a client, or add one with New client…</source>
        <translation>Elija un cliente o añada uno con Nuevo cliente…</translation>
    </message>
    <message>
        <source>project code</source>
        <translation>código del proyecto</translation>
    </message>
    <message>
        <source>project name</source>
        <translation>nombre del proyecto</translation>
    </message>
    <message>
        <source>The {0} is empty.</source>
        <translation>El campo {0} está vacío.</translation>
    </message>
    <message>
        <source>The contract sum must be more than zero.</source>
        <translation>El importe del contrato debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>The deposit cannot be more than the contract sum.</source>
        <translation>El anticipo no puede superar el importe del contrato.</translation>
    </message>
</context>
<context>
    <name>ProjectsModel</name>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrato</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Facturado</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Pendiente de cobro</translation>
    </message>
</context>
<context>
    <name>ProjectsPane</name>
    <message>
        <source>Projects</source>
        <translation>Proyectos</translation>
    </message>
    <message>
        <source>Search code, project or client…</source>
        <translation>Buscar código, proyecto o cliente…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Todos los clientes</translation>
    </message>
</context>
<context>
    <name>ReceiptBar</name>
    <message>
        <source>Preview receipt</source>
        <translation>Vista previa del recibo</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <source>Email…</source>
        <translation>Correo…</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
</context>
<context>
    <name>ReceiptOffer</name>
    <message>
        <source>Receipt {0}</source>
        <translation>Recibo {0}</translation>
    </message>
    <message>
        <source>What would you like to do with receipt {0}?</source>
        <translation>¿Qué desea hacer con el recibo {0}?</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <source>client@example.com</source>
        <translation>cliente@ejemplo.com</translation>
    </message>
    <message>
        <source>Email…</source>
        <translation>Correo…</translation>
    </message>
    <message>
        <source>Email to</source>
        <translation>Enviar a</translation>
    </message>
</context>
<context>
    <name>RecordPaymentDialog</name>
    <message>
        <source>Record payment</source>
        <translation>Registrar pago</translation>
    </message>
    <message>
        <source>Recording the payment and making its receipt…</source>
        <translation>Registrando el pago y creando su recibo…</translation>
    </message>
    <message>
        <source>Invoice &lt;b&gt;{0}&lt;/b&gt; — {1}, {2}&lt;br&gt;Total {3}, paid {4}, balance &lt;b&gt;{5}&lt;/b&gt;</source>
        <translation>Factura &lt;b&gt;{0}&lt;/b&gt; — {1}, {2}&lt;br&gt;Total {3}, pagado {4}, saldo &lt;b&gt;{5}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Cheque</translation>
    </message>
    <message>
        <source>Bank transfer (ACH)</source>
        <translation>Transferencia bancaria</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Check number or transfer reference</source>
        <translation>Número de cheque o referencia de la transferencia</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Recibido el</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Forma de pago</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>A payment must be more than zero.</source>
        <translation>Un pago debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>Partial payment: {0} stays open on this invoice.</source>
        <translation>Pago parcial: quedan {0} pendientes en esta factura.</translation>
    </message>
    <message>
        <source>Pays the invoice in full.</source>
        <translation>Paga la factura completa.</translation>
    </message>
    <message>
        <source>Pays the invoice in full; {0} more becomes client credit.</source>
        <translation>Paga la factura completa; {0} más queda como crédito del cliente.</translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <source>Release retainage — {0}</source>
        <translation>Liberar retención de garantía — {0}</translation>
    </message>
    <message>
        <source>Contract sum to date</source>
        <translation>Importe del contrato a la fecha</translation>
    </message>
    <message>
        <source>Retainage held</source>
        <translation>Retención acumulada</translation>
    </message>
    <message>
        <source>Release invoice: retainage released</source>
        <translation>Factura de liberación: retención liberada</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Impuesto</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Importe a pagar</translation>
    </message>
    <message>
        <source>A conditional final lien waiver is issued with the release; the unconditional one follows when its payment is marked cleared.</source>
        <translation>Con la liberación se emite una renuncia de gravamen final condicional; la incondicional se emite cuando su pago se marca como cobrado.</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Fecha de la factura</translation>
    </message>
    <message>
        <source>Issue release invoice</source>
        <translation>Emitir factura de liberación</translation>
    </message>
    <message>
        <source>Release {0} of retainage on {1}? Issued invoices cannot be edited.</source>
        <translation>¿Liberar {0} de retención el {1}? Las facturas emitidas no se pueden modificar.</translation>
    </message>
</context>
<context>
    <name>ReminderSettingsView</name>
    <message>
        <source>Send payment reminders</source>
        <translation>Enviar recordatorios de pago</translation>
    </message>
    <message>
        <source>Days relative to the due date: -7 is a week before, 14 two weeks late</source>
        <translation>Días respecto al vencimiento: -7 es una semana antes, 14 dos semanas tarde</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Placeholders: {0}</source>
        <translation>Marcadores: {0}</translation>
    </message>
    <message>
        <source>Schedule (days from due date)</source>
        <translation>Calendario (días desde el vencimiento)</translation>
    </message>
    <message>
        <source>List as due soon within</source>
        <translation>Mostrar como próximo a vencer en</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Overdue letter</source>
        <translation>Carta de vencido</translation>
    </message>
    <message>
        <source>Before-due letter</source>
        <translation>Carta antes del vencimiento</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>Late fee</source>
        <translation>Recargo por demora</translation>
    </message>
    <message>
        <source>Flat amount ({0})</source>
        <translation>Importe fijo ({0})</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Porcentaje</translation>
    </message>
    <message>
        <source>Once per</source>
        <translation>Una vez cada</translation>
    </message>
    <message>
        <source>Grace after due date</source>
        <translation>Gracia tras el vencimiento</translation>
    </message>
    <message>
        <source>Late fees (issued as numbered invoices)</source>
        <translation>Recargos por demora (emitidos como facturas numeradas)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>asunto</translation>
    </message>
    <message>
        <source>overdue letter</source>
        <translation>carta de vencido</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Panel</translation>
    </message>
    <message>
        <source>&amp;Projects and billing</source>
        <translation>&amp;Proyectos y facturación</translation>
    </message>
    <message>
        <source>C&amp;lients</source>
        <translation>C&amp;lientes</translation>
    </message>
    <message>
        <source>&amp;Aging…</source>
        <translation>&amp;Antigüedad de saldos…</translation>
    </message>
    <message>
        <source>Cash-flow &amp;forecast…</source>
        <translation>&amp;Previsión de tesorería…</translation>
    </message>
    <message>
        <source>Project &amp;ledger…</source>
        <translation>&amp;Libro del proyecto…</translation>
    </message>
    <message>
        <source>Customer &amp;statement…</source>
        <translation>E&amp;stado de cuenta del cliente…</translation>
    </message>
    <message>
        <source>&amp;Collections and reminders…</source>
        <translation>&amp;Cobros y recordatorios…</translation>
    </message>
    <message>
        <source>CSV e&amp;xport…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>Aging</source>
        <translation>Antigüedad</translation>
    </message>
    <message>
        <source>CSV export</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Cannot write {0}: {1}.</source>
        <translation type="vanished">No se puede escribir {0}: {1}.</translation>
    </message>
    <message>
        <source>Saved {0}.</source>
        <translation>Guardado {0}.</translation>
    </message>
    <message>
        <source>Set up the company profile first (File → Company profile).</source>
        <translation>Primero configure el perfil de la empresa (Archivo → Perfil de la empresa).</translation>
    </message>
    <message>
        <source>Accounts receivable aging</source>
        <translation>Antigüedad de cuentas por cobrar</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Archivo CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cash-flow forecast</source>
        <translation>Previsión de tesorería</translation>
    </message>
    <message>
        <source>Select a project first.</source>
        <translation>Primero seleccione un proyecto.</translation>
    </message>
    <message>
        <source>Project ledger — {0}</source>
        <translation>Libro del proyecto — {0}</translation>
    </message>
    <message>
        <source>Overdue and due soon</source>
        <translation>Vencidas y por vencer</translation>
    </message>
    <message>
        <source>Reminder schedule and late fees</source>
        <translation>Calendario de recordatorios y recargos</translation>
    </message>
    <message>
        <source>Collections and reminders</source>
        <translation>Cobros y recordatorios</translation>
    </message>
    <message>
        <source>Charge late fees due today…</source>
        <translation>Cobrar los recargos de hoy…</translation>
    </message>
    <message>
        <source>No late fees are due today (they are off unless turned on in the settings).</source>
        <translation>Hoy no hay recargos (están desactivados salvo que se activen en la configuración).</translation>
    </message>
    <message numerus="yes">
        <source>Issue %n late-fee invoice(s) now? Each takes the next invoice number.</source>
        <translation>
            <numerusform>¿Emitir ahora %n factura de recargo por mora? Toma el siguiente número de factura.</numerusform>
            <numerusform>¿Emitir ahora %n facturas de recargo por mora? Cada una toma el siguiente número de factura.</numerusform>
        </translation>
    </message>
    <message>
        <source>Issuing the late-fee invoices…</source>
        <translation>Emitiendo las facturas de recargo por mora…</translation>
    </message>
    <message>
        <source>Putting the reminders in the outbox…</source>
        <translation>Poniendo los recordatorios en la bandeja de salida…</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) queued in the outbox.</source>
        <translation>
            <numerusform>%n recordatorio en la bandeja de salida.</numerusform>
            <numerusform>%n recordatorios en la bandeja de salida.</numerusform>
        </translation>
    </message>
    <message>
        <source>Issue {0} late-fee invoice(s) now? Each takes the next invoice number.</source>
        <translation type="vanished">¿Emitir ahora {0} factura(s) de recargo? Cada una toma el siguiente número de factura.</translation>
    </message>
    <message>
        <source>Late-fee invoices issued: {0}.</source>
        <translation>Facturas de recargo emitidas: {0}.</translation>
    </message>
    <message>
        <source>{0} reminder(s) queued in the outbox.</source>
        <translation type="vanished">{0} recordatorio(s) en la bandeja de salida.</translation>
    </message>
    <message>
        <source>{0} skipped: the client has no email address.</source>
        <translation>{0} omitido(s): el cliente no tiene correo.</translation>
    </message>
    <message>
        <source>Exporting {0}…</source>
        <translation>Exportando {0}…</translation>
    </message>
    <message>
        <source>Exported {0} rows to {1}.</source>
        <translation>Exportadas {0} filas a {1}.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia</translation>
    </message>
    <message>
        <source>Restoring replaces {0} with the backup you choose. The current file is kept as a backup first, so nothing is lost.</source>
        <translation>Restaurar sustituye {0} por la copia que elija. Antes se guarda una copia del archivo actual, así que no se pierde nada.</translation>
    </message>
    <message>
        <source>There are no backups of this file yet.</source>
        <translation>Aún no hay copias de este archivo.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
</context>
<context>
    <name>RowActions</name>
    <message>
        <source>Invoice {0} has nothing left to pay.</source>
        <translation>La factura {0} no tiene nada pendiente de pago.</translation>
    </message>
    <message>
        <source>Open invoice {0}</source>
        <translation>Abrir la factura {0}</translation>
    </message>
    <message>
        <source>Record payment…</source>
        <translation>Registrar pago…</translation>
    </message>
    <message>
        <source>Send reminder…</source>
        <translation>Enviar recordatorio…</translation>
    </message>
    <message>
        <source>Statement for this client…</source>
        <translation>Estado de cuenta de este cliente…</translation>
    </message>
    <message>
        <source>Show project {0}</source>
        <translation>Mostrar el proyecto {0}</translation>
    </message>
</context>
<context>
    <name>ScheduleModel</name>
    <message>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Anticipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>remainder</source>
        <extracomment>The books&apos; amount (after change orders, frozen once invoiced); None once the schedule is edited.</extracomment>
        <translation>resto</translation>
    </message>
    <message>
        <source>Remainder</source>
        <translation>Resto</translation>
    </message>
    <message>
        <source>Schedule sums to {0} of {1}</source>
        <translation>El calendario suma {0} de {1}</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation>Editar {0}</translation>
    </message>
    <message>
        <source>A milestone needs a name.</source>
        <translation>Un hito necesita un nombre.</translation>
    </message>
    <message>
        <source>Two milestones cannot have the same name.</source>
        <translation>Dos hitos no pueden tener el mismo nombre.</translation>
    </message>
    <message>
        <source>Milestone {0}</source>
        <translation>Hito {0}</translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation>Añadir hito</translation>
    </message>
    <message>
        <source>Remove {0}</source>
        <translation>Quitar {0}</translation>
    </message>
    <message>
        <source>Move {0}</source>
        <translation>Mover {0}</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>Payment schedule</source>
        <translation>Calendario de pagos</translation>
    </message>
    <message>
        <source>Pick a template, then edit. A share is a percent (10%), an amount (5000.00) or “remainder”.</source>
        <translation>Elija una plantilla y edítela. Una parte es un porcentaje (10%), un importe (5000.00) o “remainder” (resto).</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation>Añadir hito</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Apply template</source>
        <translation>Aplicar plantilla</translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message>
        <source>Sign off — {0} · {1}</source>
        <translation>Conformidad — {0} · {1}</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Obra:</translation>
    </message>
    <message>
        <source>(no site address)</source>
        <translation>(sin dirección de obra)</translation>
    </message>
    <message>
        <source>Completed on:</source>
        <translation>Terminado el:</translation>
    </message>
    <message>
        <source>Name of the person accepting the work</source>
        <translation>Nombre de la persona que acepta el trabajo</translation>
    </message>
    <message>
        <source>Accepted by:</source>
        <translation>Aceptado por:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>Añadir fotos…</translation>
    </message>
    <message>
        <source>Photos:</source>
        <translation>Fotos:</translation>
    </message>
    <message>
        <source>Clear signature</source>
        <translation>Borrar la firma</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation>Firmar conformidad</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Firma:</translation>
    </message>
    <message>
        <source>Photos of the work</source>
        <translation>Fotos del trabajo</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Type the name of the person accepting the work.</source>
        <translation>Escriba el nombre de la persona que acepta el trabajo.</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Sign above the line</source>
        <translation>Firme encima de la línea</translation>
    </message>
</context>
<context>
    <name>SmtpSettingsDialog</name>
    <message>
        <source>Mail server settings</source>
        <translation>Servidor de correo</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (normalmente puerto 587)</translation>
    </message>
    <message>
        <source>SSL/TLS (usually port 465)</source>
        <translation>SSL/TLS (normalmente puerto 465)</translation>
    </message>
    <message>
        <source>None — unencrypted (only on a trusted network)</source>
        <translation>Ninguna — sin cifrar (solo en una red de confianza)</translation>
    </message>
    <message>
        <source>stored in the system keyring</source>
        <translation>guardada en el llavero del sistema</translation>
    </message>
    <message>
        <source>from MILESTONE_DESK_SMTP_PASSWORD</source>
        <translation>de MILESTONE_DESK_SMTP_PASSWORD</translation>
    </message>
    <message>
        <source>kept in the system keyring, never in the company file</source>
        <translation>guardada en el llavero del sistema, nunca en el archivo de empresa</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Mail server:</source>
        <translation>Servidor de correo:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Seguridad:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>From address:</source>
        <translation>Remitente:</translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation>Tiempo de espera:</translation>
    </message>
</context>
<context>
    <name>SovPage</name>
    <message>
        <source>General conditions</source>
        <translation>Condiciones generales</translation>
    </message>
    <message>
        <source>Sitework</source>
        <translation>Preparación del terreno</translation>
    </message>
    <message>
        <source>Framing</source>
        <translation>Estructura</translation>
    </message>
    <message>
        <source>Finishes</source>
        <translation>Acabados</translation>
    </message>
    <message>
        <source>Schedule of values</source>
        <translation>Desglose de valores</translation>
    </message>
    <message>
        <source>One line per part of the work; the values must add up to the contract sum. Pay applications bill a percent of each line.</source>
        <translation>Una línea por partida de la obra; los valores deben sumar el importe del contrato. Las solicitudes de pago facturan un porcentaje de cada línea.</translation>
    </message>
    <message>
        <source>Description of work</source>
        <translation>Descripción del trabajo</translation>
    </message>
    <message>
        <source>Scheduled value</source>
        <translation>Valor programado</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Añadir línea</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Line {0} has a value but no description.</source>
        <translation>La línea {0} tiene un valor pero no una descripción.</translation>
    </message>
    <message>
        <source>value of {0}</source>
        <translation>valor de {0}</translation>
    </message>
    <message>
        <source>The {0} must be more than zero.</source>
        <translation>El {0} debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>Add at least one line to the schedule of values.</source>
        <translation>Añada al menos una línea al desglose de valores.</translation>
    </message>
    <message>
        <source>Schedule of values sums to {0} of {1}.</source>
        <translation>El desglose de valores suma {0} de {1}.</translation>
    </message>
    <message>
        <source>{0} left to place.</source>
        <translation>Faltan {0} por asignar.</translation>
    </message>
    <message>
        <source>{0} too much.</source>
        <translation>{0} de más.</translation>
    </message>
</context>
<context>
    <name>StartupShell</name>
    <message>
        <source>Opening {0}…</source>
        <translation>Abriendo {0}…</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <source>Customer statement</source>
        <extracomment>the window&apos;s document actions (print dialog seams); tests set their own</extracomment>
        <translation>Estado de cuenta del cliente</translation>
    </message>
    <message>
        <source>From the beginning</source>
        <translation>Desde el principio</translation>
    </message>
    <message>
        <source>Balance forward and open items</source>
        <translation>Saldo anterior y partidas abiertas</translation>
    </message>
    <message>
        <source>Balance forward</source>
        <translation>Saldo anterior</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>Partidas abiertas</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Email to</source>
        <translation>Enviar a</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <source>Email… (outbox)</source>
        <translation>Correo… (bandeja de salida)</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>There are no clients yet.</source>
        <translation>Aún no hay clientes.</translation>
    </message>
    <message>
        <source>Making the statement…</source>
        <translation>Preparando el estado de cuenta…</translation>
    </message>
    <message>
        <source>Cannot write {0}: {1}.</source>
        <translation type="vanished">No se puede escribir {0}: {1}.</translation>
    </message>
    <message>
        <source>Saved {0}.</source>
        <translation>Guardado {0}.</translation>
    </message>
    <message>
        <source>Statement of account to {0}</source>
        <translation>Estado de cuenta al {0}</translation>
    </message>
    <message>
        <source>Please find your statement of account attached.

{0}</source>
        <translation>Adjuntamos su estado de cuenta.

{0}</translation>
    </message>
    <message>
        <source>The statement is in the outbox; File → Outbox… sends it.</source>
        <translation>El estado de cuenta está en la bandeja de salida; Archivo → Bandeja de salida… lo envía.</translation>
    </message>
</context>
<context>
    <name>SubmitDialog</name>
    <message>
        <source>Working…</source>
        <translation>Trabajando…</translation>
    </message>
</context>
<context>
    <name>TimelineTexts</name>
    <message>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Facturado</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>vencida</translation>
    </message>
    <message>
        <source>overdue by 1 day</source>
        <translation>vencida hace 1 día</translation>
    </message>
    <message>
        <source>overdue by {0} days</source>
        <translation>vencida hace {0} días</translation>
    </message>
    <message>
        <source>Amount: {0}</source>
        <translation>Importe: {0}</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>Planned: {0}</source>
        <translation>Previsto: {0}</translation>
    </message>
    <message>
        <source>Completed: {0}</source>
        <translation>Completado: {0}</translation>
    </message>
    <message>
        <source>Invoice: {0}</source>
        <translation>Factura: {0}</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Anticipo</translation>
    </message>
    <message>
        <source>Drag to reschedule · double-click to mark complete</source>
        <translation>Arrastre para reprogramar · doble clic para completar</translation>
    </message>
    <message>
        <source>Double-click to issue its invoice</source>
        <translation>Doble clic para emitir su factura</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Milestone timeline</source>
        <translation>Cronograma de hitos</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom in (+ or Ctrl+wheel)</source>
        <translation>Acercar (+ o Ctrl+rueda)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Zoom out (- or Ctrl+wheel)</source>
        <translation>Alejar (- o Ctrl+rueda)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Show the whole schedule (0)</source>
        <translation>Mostrar todo el calendario (0)</translation>
    </message>
    <message>
        <source>Mark complete…</source>
        <translation>Marcar completado…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <source>Issue invoice…</source>
        <translation>Emitir factura…</translation>
    </message>
    <message>
        <source>Select a project to see its schedule</source>
        <translation>Seleccione un proyecto para ver su calendario</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <source>Void invoice</source>
        <translation>Anular factura</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>balance</source>
        <translation>saldo</translation>
    </message>
    <message>
        <source>Voiding keeps the number {0} in the books marked VOID; its milestone goes back to completed so it can be invoiced again. This cannot be undone.</source>
        <translation>Al anular, el número {0} queda en los libros marcado ANULADA; su hito vuelve a completado para facturarlo de nuevo. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Why is this invoice void? (required)</source>
        <translation>¿Por qué se anula esta factura? (obligatorio)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>WaiverModel</name>
    <message>
        <source>Waiting for cleared payment</source>
        <translation>A la espera del cobro del pago</translation>
    </message>
    <message>
        <source>Payment cleared</source>
        <translation>Pago cobrado</translation>
    </message>
    <message>
        <source>Unconditional</source>
        <translation>Incondicional</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Invoice / application</source>
        <translation>Factura / solicitud</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>WaiverTemplatesDialog</name>
    <message>
        <source>Lien waiver wording</source>
        <translation>Texto de las renuncias de gravamen</translation>
    </message>
    <message>
        <source>Several US states (among them California, Texas, Arizona, Georgia, Nevada and Utah) prescribe the exact statutory wording of lien waivers; where yours does, paste that text here and have it checked. Fields filled in when a waiver is issued: $claimant, $customer, $project, $amount, $through_date, $document.</source>
        <translation>Varios estados de EE. UU. (entre ellos California, Texas, Arizona, Georgia, Nevada y Utah) exigen el texto legal exacto de las renuncias de gravamen; si el suyo lo exige, pegue ese texto aquí y hágalo revisar. Campos que se completan al emitir una renuncia: $claimant, $customer, $project, $amount, $through_date, $document.</translation>
    </message>
    <message>
        <source>Waiver</source>
        <translation>Renuncia</translation>
    </message>
    <message>
        <source>Restore default wording</source>
        <translation>Restaurar el texto predeterminado</translation>
    </message>
    <message>
        <source>Save wording</source>
        <translation>Guardar texto</translation>
    </message>
    <message>
        <source>Wording of the {0} waiver saved.</source>
        <translation>Texto de la renuncia «{0}» guardado.</translation>
    </message>
    <message>
        <source>Replace the wording of the {0} waiver with the default text?</source>
        <translation>¿Sustituir el texto de la renuncia «{0}» por el texto predeterminado?</translation>
    </message>
    <message>
        <source>The {0} waiver uses the default wording again.</source>
        <translation>La renuncia «{0}» vuelve a usar el texto predeterminado.</translation>
    </message>
</context>
<context>
    <name>WaiversDialog</name>
    <message>
        <source>Lien waivers — {0}</source>
        <translation>Renuncias de gravamen — {0}</translation>
    </message>
    <message>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <source>Waiver wording…</source>
        <translation>Texto de las renuncias…</translation>
    </message>
    <message>
        <source>Issue a waiver</source>
        <translation>Emitir una renuncia</translation>
    </message>
    <message>
        <source>Issue waiver</source>
        <translation>Emitir renuncia</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Payment cleared</source>
        <translation>Pago cobrado</translation>
    </message>
    <message>
        <source>Mark cleared</source>
        <translation>Marcar como cobrado</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Recibo</translation>
    </message>
    <message>
        <source>Cleared on</source>
        <translation>Cobrado el</translation>
    </message>
    <message>
        <source>Marking a payment cleared issues its unconditional waivers.</source>
        <translation>Al marcar un pago como cobrado se emiten sus renuncias incondicionales.</translation>
    </message>
    <message>
        <source>{0} — {1}, {2} (on {3})</source>
        <translation>{0} — {1}, {2} (el {3})</translation>
    </message>
    <message>
        <source>{0} waiver issued for {1}.</source>
        <translation>Renuncia «{0}» emitida para {1}.</translation>
    </message>
    <message>
        <source>Mark the payment of receipt {0} as cleared by the bank? Its unconditional waivers are issued.</source>
        <translation>¿Marcar el pago del recibo {0} como cobrado por el banco? Se emitirán sus renuncias incondicionales.</translation>
    </message>
    <message numerus="yes">
        <source>Payment of {0} marked cleared; %n unconditional waiver(s) issued.</source>
        <translation>
            <numerusform>Pago {0} marcado como compensado; %n renuncia incondicional emitida.</numerusform>
            <numerusform>Pago {0} marcado como compensado; %n renuncias incondicionales emitidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Payment of {0} marked cleared; {1} unconditional waiver(s) issued.</source>
        <translation type="vanished">Pago de {0} marcado como cobrado; renuncias incondicionales emitidas: {1}.</translation>
    </message>
    <message>
        <source>Saved {0}.</source>
        <translation>Guardado {0}.</translation>
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
        <source>Writing the sample company…</source>
        <translation>Creando la empresa de ejemplo…</translation>
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
<context>
    <name>WindowFiles</name>
    <message>
        <source>New company file</source>
        <translation>Nuevo archivo de empresa</translation>
    </message>
    <message>
        <source>Company files (*.mdesk)</source>
        <translation>Archivos de empresa (*.mdesk)</translation>
    </message>
    <message>
        <source>{0} already exists. Open it instead?</source>
        <translation>{0} ya existe. ¿Abrirlo en su lugar?</translation>
    </message>
    <message>
        <source>Open company file</source>
        <translation>Abrir archivo de empresa</translation>
    </message>
    <message>
        <source>Company files (*.mdesk);;All files (*)</source>
        <translation>Archivos de empresa (*.mdesk);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Nueva empresa</translation>
    </message>
    <message>
        <source>{0} already exists; choose another name.</source>
        <translation>{0} ya existe; elija otro nombre.</translation>
    </message>
    <message>
        <source>Writing the sample company…</source>
        <translation>Creando la empresa de ejemplo…</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(ninguno todavía)</translation>
    </message>
</context>
<context>
    <name>menu</name>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
</context>
<context>
    <name>new</name>
    <message>
        <source>Language changed.</source>
        <translation>Idioma cambiado.</translation>
    </message>
</context>
<context>
    <name>shell</name>
    <message>
        <source>Opening…</source>
        <translation>Abriendo…</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Facturado</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Pagada en parte</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Anulada</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
</context>
<context>
    <name>templates</name>
    <message>
        <source>Deposit</source>
        <translation>Anticipo</translation>
    </message>
    <message>
        <source>Framing</source>
        <translation>Estructura</translation>
    </message>
    <message>
        <source>Rough-in</source>
        <translation>Instalaciones</translation>
    </message>
    <message>
        <source>Finishes</source>
        <translation>Acabados</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>First third</source>
        <translation>Primer tercio</translation>
    </message>
    <message>
        <source>Second third</source>
        <translation>Segundo tercio</translation>
    </message>
    <message>
        <source>Final third</source>
        <translation>Último tercio</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Finalización</translation>
    </message>
    <message>
        <source>Five phases: 10 / 25 / 25 / 30 / 10 %</source>
        <translation>Cinco fases: 10 / 25 / 25 / 30 / 10 %</translation>
    </message>
    <message>
        <source>Deposit 10 % + equal thirds</source>
        <translation>Anticipo 10 % + tres tercios iguales</translation>
    </message>
    <message>
        <source>Deposit + completion (edit freely)</source>
        <translation>Anticipo + finalización (editable)</translation>
    </message>
</context>
<context>
    <name>view</name>
    <message>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <source>+{0} more</source>
        <translation>+{0} más</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
</context>
</TS>
