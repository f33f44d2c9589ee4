"""E-invoice XML writers: UN/CEFACT CII (Factur-X / ZUGFeRD EN 16931, XRechnung) and Peppol BIS 3.0 UBL.

Both take the pure ``EInvoice`` model built in domain/ from the invoice's own figures and return
UTF-8 bytes; the same model always gives the same bytes (no clock, no random ids).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date
from decimal import Decimal

from milestone_desk.domain.einvoice import EInvoice, Party, TaxGroup
from milestone_desk.domain.money import to_decimal_string

RSM = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
RAM = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
UDT = "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100"
QDT = "urn:un:unece:uncefact:data:standard:QualifiedDataType:100"
UBL_INV = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
UBL_CN = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"
CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"

GUIDELINE = {
    "factur-x": "urn:cen.eu:en16931:2017",
    "zugferd": "urn:cen.eu:en16931:2017",
    "xrechnung": "urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0",
}
PEPPOL_PROCESS = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0"
PEPPOL_CUSTOMIZATION = "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0"

for _prefix, _uri in (
    ("rsm", RSM),
    ("ram", RAM),
    ("udt", UDT),
    ("qdt", QDT),
    ("cac", CAC),
    ("cbc", CBC),
    ("inv", UBL_INV),
    ("cn", UBL_CN),
):
    ET.register_namespace(_prefix, _uri)


def _sub(parent: ET.Element, ns: str, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    el = ET.SubElement(parent, f"{{{ns}}}{tag}", attrs)
    if text is not None:
        el.text = text
    return el


def _percent(p: Decimal) -> str:
    text = format(p.normalize(), "f")
    return text


def _tostring(root: ET.Element) -> bytes:
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n").encode("utf-8")


# ---------------------------------------------------------------- CII


def _cii_date(parent: ET.Element, tag: str, d: date, ns: str = UDT) -> None:
    holder = _sub(parent, RAM, tag)
    _sub(holder, ns, "DateTimeString", d.strftime("%Y%m%d"), format="102")


def _cii_party(parent: ET.Element, tag: str, p: Party) -> None:
    el = _sub(parent, RAM, tag)
    _sub(el, RAM, "Name", p.name)
    if p.legal_form and tag == "SellerTradeParty":
        _sub(el, RAM, "Description", p.legal_form)
    if p.legal_id:
        _sub(_sub(el, RAM, "SpecifiedLegalOrganization"), RAM, "ID", p.legal_id)
    if tag == "SellerTradeParty" and (p.email or p.phone):
        contact = _sub(el, RAM, "DefinedTradeContact")
        _sub(contact, RAM, "PersonName", p.name)
        if p.phone:
            _sub(_sub(contact, RAM, "TelephoneUniversalCommunication"), RAM, "CompleteNumber", p.phone)
        if p.email:
            _sub(_sub(contact, RAM, "EmailURIUniversalCommunication"), RAM, "URIID", p.email)
    addr = _sub(el, RAM, "PostalTradeAddress")
    if p.postcode:
        _sub(addr, RAM, "PostcodeCode", p.postcode)
    if p.street:
        _sub(addr, RAM, "LineOne", p.street)
    if p.city:
        _sub(addr, RAM, "CityName", p.city)
    _sub(addr, RAM, "CountryID", p.country)
    if p.email:
        _sub(_sub(el, RAM, "URIUniversalCommunication"), RAM, "URIID", p.email, schemeID="EM")
    if p.vat_id:
        _sub(_sub(el, RAM, "SpecifiedTaxRegistration"), RAM, "ID", p.vat_id, schemeID="VA")
    if p.tax_id and tag == "SellerTradeParty":
        _sub(_sub(el, RAM, "SpecifiedTaxRegistration"), RAM, "ID", p.tax_id, schemeID="FC")


def _cii_tax(parent: ET.Element, g: TaxGroup, cur: str, header: bool) -> None:
    el = _sub(parent, RAM, "ApplicableTradeTax")
    if header:
        _sub(el, RAM, "CalculatedAmount", to_decimal_string(g.tax, cur))
    _sub(el, RAM, "TypeCode", "VAT")
    if header and g.reason:
        _sub(el, RAM, "ExemptionReason", g.reason)
    if header:
        _sub(el, RAM, "BasisAmount", to_decimal_string(g.basis, cur))
    _sub(el, RAM, "CategoryCode", g.category)
    if header and g.reason_code:
        _sub(el, RAM, "ExemptionReasonCode", g.reason_code)
    _sub(el, RAM, "RateApplicablePercent", _percent(g.percent))


def cii_xml(e: EInvoice, flavour: str = "factur-x") -> bytes:
    """CII D16B as Factur-X/ZUGFeRD EN 16931 or XRechnung read it."""
    cur = e.currency
    root = ET.Element(f"{{{RSM}}}CrossIndustryInvoice")
    ctx = _sub(root, RSM, "ExchangedDocumentContext")
    if flavour == "xrechnung":
        _sub(_sub(ctx, RAM, "BusinessProcessSpecifiedDocumentContextParameter"), RAM, "ID", PEPPOL_PROCESS)
    _sub(_sub(ctx, RAM, "GuidelineSpecifiedDocumentContextParameter"), RAM, "ID", GUIDELINE[flavour])
    doc = _sub(root, RSM, "ExchangedDocument")
    _sub(doc, RAM, "ID", e.number)
    _sub(doc, RAM, "TypeCode", e.type_code)
    _cii_date(doc, "IssueDateTime", e.issue_date)
    for note in e.notes:
        _sub(_sub(doc, RAM, "IncludedNote"), RAM, "Content", note)
    tx = _sub(root, RSM, "SupplyChainTradeTransaction")
    group = e.taxes[0]
    for line in e.lines:
        item = _sub(tx, RAM, "IncludedSupplyChainTradeLineItem")
        _sub(_sub(item, RAM, "AssociatedDocumentLineDocument"), RAM, "LineID", line.id)
        _sub(_sub(item, RAM, "SpecifiedTradeProduct"), RAM, "Name", line.name)
        agreement = _sub(item, RAM, "SpecifiedLineTradeAgreement")
        price = _sub(agreement, RAM, "NetPriceProductTradePrice")
        _sub(price, RAM, "ChargeAmount", to_decimal_string(line.net, cur))
        _sub(_sub(item, RAM, "SpecifiedLineTradeDelivery"), RAM, "BilledQuantity", "1", unitCode="C62")
        settle = _sub(item, RAM, "SpecifiedLineTradeSettlement")
        _cii_tax(settle, group, cur, header=False)
        summ = _sub(settle, RAM, "SpecifiedTradeSettlementLineMonetarySummation")
        _sub(summ, RAM, "LineTotalAmount", to_decimal_string(line.net, cur))
    agree = _sub(tx, RAM, "ApplicableHeaderTradeAgreement")
    _sub(agree, RAM, "BuyerReference", e.buyer_reference)
    _cii_party(agree, "SellerTradeParty", e.seller)
    _cii_party(agree, "BuyerTradeParty", e.buyer)
    _sub(tx, RAM, "ApplicableHeaderTradeDelivery")
    st = _sub(tx, RAM, "ApplicableHeaderTradeSettlement")
    _sub(st, RAM, "PaymentReference", e.remittance)
    _sub(st, RAM, "InvoiceCurrencyCode", cur)
    means = _sub(st, RAM, "SpecifiedTradeSettlementPaymentMeans")
    _sub(means, RAM, "TypeCode", e.payment_means)
    acct = e.account
    if acct.iban or acct.account:
        fin = _sub(means, RAM, "PayeePartyCreditorFinancialAccount")
        if acct.iban:
            _sub(fin, RAM, "IBANID", acct.iban)
        if acct.holder:
            _sub(fin, RAM, "AccountName", acct.holder)
        if not acct.iban:
            _sub(fin, RAM, "ProprietaryID", acct.account)
    if acct.bic:
        _sub(_sub(means, RAM, "PayeeSpecifiedCreditorFinancialInstitution"), RAM, "BICID", acct.bic)
    for g in e.taxes:
        _cii_tax(st, g, cur, header=True)
    terms = _sub(st, RAM, "SpecifiedTradePaymentTerms")
    _sub(terms, RAM, "Description", e.terms)
    _cii_date(terms, "DueDateDateTime", e.due_date)
    summ = _sub(st, RAM, "SpecifiedTradeSettlementHeaderMonetarySummation")
    _sub(summ, RAM, "LineTotalAmount", to_decimal_string(e.line_total, cur))
    _sub(summ, RAM, "TaxBasisTotalAmount", to_decimal_string(e.tax_basis, cur))
    _sub(summ, RAM, "TaxTotalAmount", to_decimal_string(e.tax_total, cur), currencyID=cur)
    _sub(summ, RAM, "GrandTotalAmount", to_decimal_string(e.grand_total, cur))
    if e.prepaid:
        _sub(summ, RAM, "TotalPrepaidAmount", to_decimal_string(e.prepaid, cur))
    _sub(summ, RAM, "DuePayableAmount", to_decimal_string(e.payable, cur))
    if e.preceding_invoice:
        ref = _sub(st, RAM, "InvoiceReferencedDocument")
        _sub(ref, RAM, "IssuerAssignedID", e.preceding_invoice)
        if e.preceding_date is not None:
            _cii_date(ref, "FormattedIssueDateTime", e.preceding_date, ns=QDT)
    return _tostring(root)


# ---------------------------------------------------------------- UBL


def _ubl_party(parent: ET.Element, tag: str, p: Party, seller: bool) -> None:
    party = _sub(_sub(parent, CAC, tag), CAC, "Party")
    if p.email:
        _sub(party, CBC, "EndpointID", p.email, schemeID="EM")
    _sub(_sub(party, CAC, "PartyName"), CBC, "Name", p.name)
    addr = _sub(party, CAC, "PostalAddress")
    if p.street:
        _sub(addr, CBC, "StreetName", p.street)
    if p.city:
        _sub(addr, CBC, "CityName", p.city)
    if p.postcode:
        _sub(addr, CBC, "PostalZone", p.postcode)
    _sub(_sub(addr, CAC, "Country"), CBC, "IdentificationCode", p.country)
    if p.vat_id:
        scheme = _sub(party, CAC, "PartyTaxScheme")
        _sub(scheme, CBC, "CompanyID", p.vat_id)
        _sub(_sub(scheme, CAC, "TaxScheme"), CBC, "ID", "VAT")
    if seller and p.tax_id:
        scheme = _sub(party, CAC, "PartyTaxScheme")
        _sub(scheme, CBC, "CompanyID", p.tax_id)
        _sub(_sub(scheme, CAC, "TaxScheme"), CBC, "ID", "TAX")
    legal = _sub(party, CAC, "PartyLegalEntity")
    _sub(legal, CBC, "RegistrationName", p.name)
    if p.legal_id:
        _sub(legal, CBC, "CompanyID", p.legal_id)
    if seller and p.legal_form:
        _sub(legal, CBC, "CompanyLegalForm", p.legal_form)
    if seller and (p.phone or p.email):
        contact = _sub(party, CAC, "Contact")
        if p.phone:
            _sub(contact, CBC, "Telephone", p.phone)
        if p.email:
            _sub(contact, CBC, "ElectronicMail", p.email)


def _ubl_category(parent: ET.Element, tag: str, g: TaxGroup, with_reason: bool) -> None:
    cat = _sub(parent, CAC, tag)
    _sub(cat, CBC, "ID", g.category)
    _sub(cat, CBC, "Percent", _percent(g.percent))
    if with_reason and g.reason_code:
        _sub(cat, CBC, "TaxExemptionReasonCode", g.reason_code)
    if with_reason and g.reason:
        _sub(cat, CBC, "TaxExemptionReason", g.reason)
    _sub(_sub(cat, CAC, "TaxScheme"), CBC, "ID", "VAT")


def ubl_xml(e: EInvoice) -> bytes:
    """Peppol BIS Billing 3.0: an Invoice, or a CreditNote for type 381."""
    credit = e.type_code == "381"
    cur = e.currency
    root = ET.Element(f"{{{UBL_CN if credit else UBL_INV}}}{'CreditNote' if credit else 'Invoice'}")
    _sub(root, CBC, "CustomizationID", PEPPOL_CUSTOMIZATION)
    _sub(root, CBC, "ProfileID", PEPPOL_PROCESS)
    _sub(root, CBC, "ID", e.number)
    _sub(root, CBC, "IssueDate", e.issue_date.isoformat())
    if not credit:
        _sub(root, CBC, "DueDate", e.due_date.isoformat())
    _sub(root, CBC, "CreditNoteTypeCode" if credit else "InvoiceTypeCode", e.type_code)
    for note in e.notes:
        _sub(root, CBC, "Note", note)
    _sub(root, CBC, "DocumentCurrencyCode", cur)
    _sub(root, CBC, "BuyerReference", e.buyer_reference)
    if e.preceding_invoice:
        ref = _sub(_sub(root, CAC, "BillingReference"), CAC, "InvoiceDocumentReference")
        _sub(ref, CBC, "ID", e.preceding_invoice)
        if e.preceding_date is not None:
            _sub(ref, CBC, "IssueDate", e.preceding_date.isoformat())
    _ubl_party(root, "AccountingSupplierParty", e.seller, seller=True)
    _ubl_party(root, "AccountingCustomerParty", e.buyer, seller=False)
    means = _sub(root, CAC, "PaymentMeans")
    _sub(means, CBC, "PaymentMeansCode", e.payment_means)
    if credit:
        _sub(means, CBC, "PaymentDueDate", e.due_date.isoformat())
    _sub(means, CBC, "PaymentID", e.remittance)
    acct = e.account
    if acct.iban or acct.account:
        fin = _sub(means, CAC, "PayeeFinancialAccount")
        _sub(fin, CBC, "ID", acct.iban or acct.account)
        if acct.holder:
            _sub(fin, CBC, "Name", acct.holder)
        if acct.bic or acct.routing:
            _sub(_sub(fin, CAC, "FinancialInstitutionBranch"), CBC, "ID", acct.bic or acct.routing)
    _sub(_sub(root, CAC, "PaymentTerms"), CBC, "Note", e.terms)
    total = _sub(root, CAC, "TaxTotal")
    _sub(total, CBC, "TaxAmount", to_decimal_string(e.tax_total, cur), currencyID=cur)
    for g in e.taxes:
        sub = _sub(total, CAC, "TaxSubtotal")
        _sub(sub, CBC, "TaxableAmount", to_decimal_string(g.basis, cur), currencyID=cur)
        _sub(sub, CBC, "TaxAmount", to_decimal_string(g.tax, cur), currencyID=cur)
        _ubl_category(sub, "TaxCategory", g, with_reason=True)
    money = _sub(root, CAC, "LegalMonetaryTotal")
    _sub(money, CBC, "LineExtensionAmount", to_decimal_string(e.line_total, cur), currencyID=cur)
    _sub(money, CBC, "TaxExclusiveAmount", to_decimal_string(e.tax_basis, cur), currencyID=cur)
    _sub(money, CBC, "TaxInclusiveAmount", to_decimal_string(e.grand_total, cur), currencyID=cur)
    if e.prepaid:
        _sub(money, CBC, "PrepaidAmount", to_decimal_string(e.prepaid, cur), currencyID=cur)
    _sub(money, CBC, "PayableAmount", to_decimal_string(e.payable, cur), currencyID=cur)
    for line in e.lines:
        el = _sub(root, CAC, "CreditNoteLine" if credit else "InvoiceLine")
        _sub(el, CBC, "ID", line.id)
        _sub(el, CBC, "CreditedQuantity" if credit else "InvoicedQuantity", "1", unitCode="C62")
        _sub(el, CBC, "LineExtensionAmount", to_decimal_string(line.net, cur), currencyID=cur)
        item = _sub(el, CAC, "Item")
        _sub(item, CBC, "Name", line.name)
        _ubl_category(item, "ClassifiedTaxCategory", e.taxes[0], with_reason=False)
        _sub(_sub(el, CAC, "Price"), CBC, "PriceAmount", to_decimal_string(line.net, cur), currencyID=cur)
    return _tostring(root)
