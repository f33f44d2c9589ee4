"""A record's history: every audit event of one invoice, payment, credit note or milestone.

The integrator opens it from the main window, e.g.
``HistoryDialog.for_record(books, view.uuid, title, currency, parent).exec()``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from milestone_desk.domain.money import format_money
from milestone_desk.services.core.books import Books
from milestone_desk.services.core.dto import AuditEntry
from milestone_desk.services.records.queries.history import record_history
from milestone_desk.ui.i18n import plural
from milestone_desk.ui.table_base import Column, RecordRole, RecordTableModel

__all__ = ["HistoryDialog", "HistoryModel", "RecordRole"]

#: Keys of audit payloads that hold money in minor units.
MONEY_KEYS = frozenset(
    {"amount", "amount_due", "applied", "balance", "credit", "gross", "tax", "retainage", "contract_cents"}
)


def _when(entry: AuditEntry) -> str:
    return entry.at.strftime("%Y-%m-%d %H:%M:%S")


class HistoryModel(RecordTableModel[AuditEntry]):
    """One row per audit event, oldest first; ``RecordRole`` returns the AuditEntry."""

    WHEN, WHAT, CHANGES = range(3)

    def __init__(self, entries: Sequence[AuditEntry], currency: str = "USD", parent: Any = None) -> None:
        super().__init__(parent)
        self._currency = currency
        self.columns = (
            Column(QT_TRANSLATE_NOOP("HistoryModel", "When (UTC)"), _when, lambda e: e.at),
            Column(QT_TRANSLATE_NOOP("HistoryModel", "What"), self._what, lambda e: e.action),
            Column(QT_TRANSLATE_NOOP("HistoryModel", "Change"), self.describe, self.describe),
        )
        self._actions = {
            "issue": self.tr("Issued"),
            "payment": self.tr("Payment applied"),
            "record": self.tr("Payment recorded"),
            "credit": self.tr("Credit note"),
            "void": self.tr("Voided"),
            "import": self.tr("Imported"),
            "create": self.tr("Created"),
            "update": self.tr("Changed"),
            "complete": self.tr("Completed"),
            "start": self.tr("Started"),
            "reopen": self.tr("Reopened"),
            "reschedule": self.tr("Rescheduled"),
            "invoice_voided": self.tr("Invoice voided"),
        }
        self.set_records(entries)

    def _what(self, entry: AuditEntry) -> str:
        return self._actions.get(entry.action, entry.action.replace("_", " ").capitalize())

    def _value(self, key: str, value: Any) -> str:
        if value is None:
            return "—"
        if key in MONEY_KEYS and isinstance(value, int) and not isinstance(value, bool):
            return f"{format_money(value, self._currency)} {self._currency}"
        if isinstance(value, str):
            return value.replace("_", " ") if key == "status" else value
        return json.dumps(value, ensure_ascii=False)

    def describe(self, entry: AuditEntry) -> str:
        parts = []
        for key, before, after in entry.changes():
            if key.endswith("sha256"):  # the frozen PDF's fingerprint: a sentence, not 64 hex digits
                if after:
                    parts.append(
                        self.tr("receipt PDF fingerprint kept")
                        if key.startswith("receipt")
                        else self.tr("PDF fingerprint kept")
                    )
                continue
            label = key.replace("_", " ")
            if key in entry.before and before != after:
                parts.append(f"{label}: {self._value(key, before)} → {self._value(key, after)}")
            else:
                parts.append(f"{label}: {self._value(key, after)}")
        return "; ".join(parts)


class HistoryDialog(QDialog):
    """Lists the events of one record; read-only, closes with Close or Esc."""

    def __init__(
        self,
        entries: Sequence[AuditEntry],
        title: str,
        currency: str = "USD",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("History — {0}").format(title))
        self.model = HistoryModel(entries, currency, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(HistoryModel.WHEN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(HistoryModel.WHAT, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(HistoryModel.CHANGES, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        note = QLabel(
            plural(
                self.tr(
                    "%n event(s). The trail is append-only; each event is chained to the one before.",
                    "",
                    len(entries),
                ),
                len(entries),
            )
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(820, 360)

    @classmethod
    def for_record(
        cls,
        books: Books,
        entity_uuid: str,
        title: str,
        currency: str = "USD",
        parent: QWidget | None = None,
    ) -> HistoryDialog:
        return cls(record_history(books, entity_uuid), title, currency, parent)
