"""Documents in the client's language and the company's locale: wording, dates and money.

A small catalogue (English, Spanish, French) keyed by the English text, not Qt: documents are
rendered by services and the command line too. English keeps the house forms exactly (``March 5,
2026``, ``12,345.67``), so English documents do not change; other locales get babel's forms
(``5 mars 2026``, ``1 234 567,89 €``, ``1.234.567,89 €``).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import lru_cache

from milestone_desk.documents.formats import long_date
from milestone_desk.documents.formats import money as en_money
from milestone_desk.domain.money import exponent

LANGUAGES = ("en", "es", "fr")

_ES = {
    "INVOICE": "FACTURA",
    "RECEIPT": "RECIBO",
    "CREDIT NOTE": "ABONO",
    "STATEMENT": "ESTADO DE CUENTA",
    "Invoice no.": "Factura n.º",
    "Receipt no.": "Recibo n.º",
    "Number": "Número",
    "Date": "Fecha",
    "Issue date": "Emisión",
    "Due date": "Vencimiento",
    "Terms": "Condiciones",
    "Pay application": "Solicitud de pago",
    "Charged on": "Cargado sobre",
    "PO number": "Pedido",
    "Bill to": "Facturar a",
    "Credit to": "Abonar a",
    "Job site": "Obra",
    "Project": "Proyecto",
    "DESCRIPTION": "DESCRIPCIÓN",
    "AMOUNT": "IMPORTE",
    "Milestone billed": "Hito facturado",
    "Progress billing": "Facturación por avance",
    "Retainage released": "Retención liberada",
    "Deposit": "Anticipo",
    "Late fee": "Recargo por mora",
    "PROGRESS BILLING": "FACTURACIÓN POR AVANCE",
    "RETAINAGE RELEASE": "LIBERACIÓN DE RETENCIÓN",
    "DEPOSIT INVOICE": "FACTURA DE ANTICIPO",
    "LATE FEE": "RECARGO POR MORA",
    "Work billed this invoice": "Trabajo facturado en esta factura",
    "Work billed this period": "Trabajo facturado en este periodo",
    "Deposit (advance on the contract)": "Anticipo (a cuenta del contrato)",
    "Less deposit applied": "Menos anticipo aplicado",
    "Total of this invoice": "Total de esta factura",
    "Project account": "Cuenta del proyecto",
    "Original contract sum": "Importe original del contrato",
    "Approved change orders": "Órdenes de cambio aprobadas",
    "Contract to date": "Contrato a la fecha",
    "Contract to date, with changes": "Contrato a la fecha, con cambios",
    "Billed to date": "Facturado a la fecha",
    "Billed to date, including this invoice": "Facturado a la fecha, incluida esta factura",
    "Deposit applied, this invoice": "Anticipo aplicado, esta factura",
    "Deposit applied to date": "Anticipo aplicado a la fecha",
    "Retainage withheld, this invoice": "Retención, esta factura",
    "Retainage withheld to date": "Retención a la fecha",
    "Retainage released by this invoice": "Retención liberada por esta factura",
    "Previous payments received": "Pagos anteriores recibidos",
    "Tax, this invoice": "Impuesto, esta factura",
    "Late fee, this invoice": "Recargo, esta factura",
    "Credit notes applied to this invoice": "Notas de crédito aplicadas a esta factura",
    "Deposit invoiced (an advance, deducted from later invoices)": "Anticipo facturado (se descuenta después)",
    "AMOUNT DUE NOW": "IMPORTE A PAGAR",
    "by {0}": "antes del {0}",
    "How to pay": "Cómo pagar",
    "Notes": "Notas",
    "Please quote invoice {0} with your payment. Thank you for your business.": (
        "Indique la factura {0} con su pago. Gracias por su confianza."
    ),
    "This is a draft for review; the invoice number is assigned when it is issued.": (
        "Borrador para revisión; el número de factura se asigna al emitirla."
    ),
    "Invoice {0}": "Factura {0}",
    "Receipt {0}": "Recibo {0}",
    "Credit note {0}": "Nota de crédito {0}",
    "Page {0} of {1}": "Página {0} de {1}",
    "Net {0} days": "Neto {0} días",
    "Due on receipt": "Pago a la recepción",
    "Tax ({0}%)": "Impuesto ({0} %)",
    "Less retainage withheld ({0}%)": "Menos retención ({0} %)",
    "{0}% of the contract sum of {1}": "{0} % del importe del contrato de {1}",
    "Contract sum {0}": "Importe del contrato {0}",
    "completed {0}": "terminado el {0}",
    "PAYMENT RECEIVED — THANK YOU": "PAGO RECIBIDO — GRACIAS",
    "Amount received": "Importe recibido",
    "Received from": "Recibido de",
    "Payment method": "Forma de pago",
    "Reference: {0}": "Referencia: {0}",
    "Applied to": "Aplicado a",
    "FOR": "CONCEPTO",
    "APPLIED": "APLICADO",
    "BALANCE AFTER": "SALDO DESPUÉS",
    "Balance still open on these invoices": "Saldo pendiente de estas facturas",
    "Client credit on account": "Crédito del cliente en cuenta",
    "Thank you — this receipt confirms payment received by {0}. Please keep it for your records.": (
        "Gracias — este recibo confirma el pago recibido por {0}. Consérvelo para sus registros."
    ),
    "Check": "Cheque",
    "Bank transfer (ACH)": "Transferencia bancaria",
    "Wire transfer": "Transferencia",
    "Card": "Tarjeta",
    "Cash": "Efectivo",
    "Original invoice": "Factura original",
    "Invoice date": "Fecha de la factura",
    "REFUNDED": "REEMBOLSADO",
    "Reason": "Motivo",
    "Credit on invoice {0} (reason above)": "Abono sobre la factura {0} (motivo arriba)",
    "Total of this credit note": "Total de esta nota de crédito",
    "Invoice account": "Cuenta de la factura",
    "Balance before this credit note": "Saldo antes de esta nota de crédito",
    "Credited by this note": "Abonado por esta nota",
    "Refunded to you": "Reembolsado a usted",
    "{0} is paid back to you; the balance of invoice {1} is unchanged by this note.": (
        "Se le reembolsan {0}; el saldo de la factura {1} no cambia con esta nota."
    ),
    "This credit is applied to invoice {0}; no payment is needed for it.": (
        "Este abono se aplica a la factura {0}; no requiere pago."
    ),
    "APPLIED TO YOUR ACCOUNT": "APLICADO A SU CUENTA",
}

_FR = {
    "INVOICE": "FACTURE",
    "RECEIPT": "REÇU",
    "CREDIT NOTE": "AVOIR",
    "STATEMENT": "RELEVÉ DE COMPTE",
    "Invoice no.": "Facture n°",
    "Receipt no.": "Reçu n°",
    "Number": "Numéro",
    "Date": "Date",
    "Issue date": "Émission",
    "Due date": "Échéance",
    "Terms": "Conditions",
    "Pay application": "Demande de paiement",
    "Charged on": "Imputé sur",
    "PO number": "Commande",
    "Bill to": "Facturé à",
    "Credit to": "Crédité à",
    "Job site": "Chantier",
    "Project": "Projet",
    "DESCRIPTION": "DÉSIGNATION",
    "AMOUNT": "MONTANT",
    "Milestone billed": "Étape facturée",
    "Progress billing": "Facturation à l’avancement",
    "Retainage released": "Retenue de garantie libérée",
    "Deposit": "Acompte",
    "Late fee": "Pénalité de retard",
    "PROGRESS BILLING": "FACTURATION À L’AVANCEMENT",
    "RETAINAGE RELEASE": "LIBÉRATION DE LA RETENUE",
    "DEPOSIT INVOICE": "FACTURE D’ACOMPTE",
    "LATE FEE": "PÉNALITÉ DE RETARD",
    "Work billed this invoice": "Travaux facturés sur cette facture",
    "Work billed this period": "Travaux facturés sur la période",
    "Deposit (advance on the contract)": "Acompte (avance sur le marché)",
    "Less deposit applied": "Moins acompte imputé",
    "Total of this invoice": "Total de cette facture",
    "Project account": "Compte du projet",
    "Original contract sum": "Montant initial du marché",
    "Approved change orders": "Avenants approuvés",
    "Contract to date": "Marché à ce jour",
    "Contract to date, with changes": "Marché à ce jour, avec avenants",
    "Billed to date": "Facturé à ce jour",
    "Billed to date, including this invoice": "Facturé à ce jour, cette facture comprise",
    "Deposit applied, this invoice": "Acompte imputé, cette facture",
    "Deposit applied to date": "Acompte imputé à ce jour",
    "Retainage withheld, this invoice": "Retenue de garantie, cette facture",
    "Retainage withheld to date": "Retenue de garantie à ce jour",
    "Retainage released by this invoice": "Retenue libérée par cette facture",
    "Previous payments received": "Paiements déjà reçus",
    "Tax, this invoice": "TVA, cette facture",
    "Late fee, this invoice": "Pénalité, cette facture",
    "Credit notes applied to this invoice": "Avoirs imputés sur cette facture",
    "Deposit invoiced (an advance, deducted from later invoices)": "Acompte facturé (déduit des factures suivantes)",
    "AMOUNT DUE NOW": "MONTANT À PAYER",
    "by {0}": "avant le {0}",
    "How to pay": "Modalités de paiement",
    "Notes": "Notes",
    "Please quote invoice {0} with your payment. Thank you for your business.": (
        "Merci de rappeler la facture {0} avec votre règlement. Merci de votre confiance."
    ),
    "This is a draft for review; the invoice number is assigned when it is issued.": (
        "Brouillon pour relecture ; le numéro de facture est attribué à l’émission."
    ),
    "Invoice {0}": "Facture {0}",
    "Receipt {0}": "Reçu {0}",
    "Credit note {0}": "Avoir {0}",
    "Page {0} of {1}": "Page {0} sur {1}",
    "Net {0} days": "À {0} jours",
    "Due on receipt": "Payable à réception",
    "Tax ({0}%)": "TVA ({0} %)",
    "Less retainage withheld ({0}%)": "Moins retenue de garantie ({0} %)",
    "{0}% of the contract sum of {1}": "{0} % du montant du marché de {1}",
    "Contract sum {0}": "Montant du marché {0}",
    "completed {0}": "terminé le {0}",
    "PAYMENT RECEIVED — THANK YOU": "PAIEMENT REÇU — MERCI",
    "Amount received": "Montant reçu",
    "Received from": "Reçu de",
    "Payment method": "Mode de paiement",
    "Reference: {0}": "Référence : {0}",
    "Applied to": "Imputé sur",
    "FOR": "OBJET",
    "APPLIED": "IMPUTÉ",
    "BALANCE AFTER": "SOLDE APRÈS",
    "Balance still open on these invoices": "Solde restant dû sur ces factures",
    "Client credit on account": "Avoir client en compte",
    "Thank you — this receipt confirms payment received by {0}. Please keep it for your records.": (
        "Merci — ce reçu confirme le paiement reçu par {0}. Conservez-le pour vos dossiers."
    ),
    "Check": "Chèque",
    "Bank transfer (ACH)": "Virement bancaire",
    "Wire transfer": "Virement",
    "Card": "Carte",
    "Cash": "Espèces",
    "Original invoice": "Facture d’origine",
    "Invoice date": "Date de la facture",
    "REFUNDED": "REMBOURSÉ",
    "Reason": "Motif",
    "Credit on invoice {0} (reason above)": "Avoir sur la facture {0} (motif ci-dessus)",
    "Total of this credit note": "Total de cet avoir",
    "Invoice account": "Compte de la facture",
    "Balance before this credit note": "Solde avant cet avoir",
    "Credited by this note": "Crédité par cet avoir",
    "Refunded to you": "Remboursé",
    "{0} is paid back to you; the balance of invoice {1} is unchanged by this note.": (
        "{0} vous sont remboursés ; le solde de la facture {1} est inchangé par cet avoir."
    ),
    "This credit is applied to invoice {0}; no payment is needed for it.": (
        "Cet avoir est imputé sur la facture {0} ; aucun paiement n’est nécessaire."
    ),
    "APPLIED TO YOUR ACCOUNT": "IMPUTÉ SUR VOTRE COMPTE",
}

CATALOGUE: dict[str, dict[str, str]] = {"es": _ES, "fr": _FR}


def language(locale: str) -> str:
    """``fr`` for ``fr_FR`` / ``fr-CA``; English for anything the catalogue lacks."""
    lang = (locale or "en").replace("-", "_").split("_")[0].lower()
    return lang if lang in LANGUAGES else "en"


def _babel_locale(locale: str) -> str:
    return (locale or "en_US").replace("-", "_")


class Words:
    """The wording, dates and money of one document's locale."""

    def __init__(self, locale: str = "en_US") -> None:
        self.locale = _babel_locale(locale)
        self.lang = language(locale)
        self._table = CATALOGUE.get(self.lang, {})
        # English keeps the house number forms whatever the territory (en_GB, en_IN …); another
        # language without a catalogue (de_DE) gets English words with its own dates and money
        own = self.locale.split("_")[0].lower()
        self.english_forms = own in ("en", "c", "posix", "")

    def __call__(self, text: str, *args: object) -> str:
        out = self._table.get(text, text)
        return out.format(*args) if args else out

    def date(self, d: date) -> str:
        if self.english_forms:
            return long_date(d)
        return _date(d, self.locale)

    def money(self, minor: int, currency: str, *, symbol: bool = False) -> str:
        if self.english_forms:
            return en_money(minor, currency, symbol=symbol)
        return _money(minor, currency.upper(), self.locale, symbol)


@lru_cache(maxsize=2048)
def _date(d: date, locale: str) -> str:
    from babel.dates import format_date

    try:
        return str(format_date(d, "long", locale=locale))
    except Exception:  # an unknown locale: the house form rather than a failure
        return long_date(d)


@lru_cache(maxsize=8192)
def _money(minor: int, currency: str, locale: str, symbol: bool) -> str:
    from babel.numbers import format_currency, format_decimal

    places = exponent(currency)
    value = Decimal(minor).scaleb(-places)
    pattern = "#,##0" + ("." + "0" * places if places else "")
    try:
        if symbol:
            return str(format_currency(value, currency, locale=locale, currency_digits=True))
        return str(format_decimal(value, format=pattern, locale=locale))
    except Exception:
        return en_money(minor, currency, symbol=symbol)


__all__ = ["CATALOGUE", "LANGUAGES", "Words", "language"]
