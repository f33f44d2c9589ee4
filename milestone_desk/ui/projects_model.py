"""The projects table: every project with client, status and money; filtered and sorted in the model."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from milestone_desk.services.core.dto import ProjectSummary
from milestone_desk.ui import formatting
from milestone_desk.ui.table_base import Column, RecordRole, RecordTableModel

__all__ = ["COLUMNS", "ProjectsModel", "RecordRole"]

CODE, NAME, CLIENT, STATUS, CONTRACT, BILLED, PAID, OUTSTANDING = range(8)


def _money(get: Any) -> Any:
    return lambda p: formatting.money(get(p.totals), p.currency)


COLUMNS: tuple[Column[ProjectSummary], ...] = (
    Column(QT_TRANSLATE_NOOP("ProjectsModel", "Code"), lambda p: p.code, lambda p: p.code),
    Column(QT_TRANSLATE_NOOP("ProjectsModel", "Project"), lambda p: p.name, lambda p: p.name.casefold()),
    Column(
        QT_TRANSLATE_NOOP("ProjectsModel", "Client"),
        lambda p: p.client_name,
        lambda p: p.client_name.casefold(),
    ),
    Column(
        QT_TRANSLATE_NOOP("ProjectsModel", "Status"),
        lambda p: formatting.status(p.status),
        lambda p: p.status,
    ),
    Column(
        QT_TRANSLATE_NOOP("ProjectsModel", "Contract"),
        _money(lambda t: t.contract_to_date),
        lambda p: p.totals.contract_to_date,
        True,
    ),
    Column(
        QT_TRANSLATE_NOOP("ProjectsModel", "Billed"),
        _money(lambda t: t.billed),
        lambda p: p.totals.billed,
        True,
    ),
    Column(
        QT_TRANSLATE_NOOP("ProjectsModel", "Paid"), _money(lambda t: t.paid), lambda p: p.totals.paid, True
    ),
    Column(
        QT_TRANSLATE_NOOP("ProjectsModel", "Outstanding"),
        _money(lambda t: t.outstanding),
        lambda p: p.totals.outstanding,
        True,
    ),
)


class ProjectsModel(RecordTableModel[ProjectSummary]):
    """All projects are held; ``set_filter`` narrows what is shown without another query."""

    columns = COLUMNS
    rowsUpdated = Signal()  # rows replaced in place (totals change without a reset)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[ProjectSummary] = []
        self._text = ""
        self._client = ""
        self._status = ""

    def set_projects(self, rows: Sequence[ProjectSummary]) -> None:
        self._all = list(rows)
        self._apply()

    def update_projects(self, rows: Sequence[ProjectSummary]) -> None:
        """Replace the rows of these projects in place (after a write): no reset, no re-read of the rest.

        A project that now falls in or out of the filter, or is new, takes the full path."""
        fresh = {p.code: p for p in rows}
        held = {p.code: i for i, p in enumerate(self._all)}
        if any(code not in held for code in fresh):
            self.set_projects([*self._all, *(p for c, p in fresh.items() if c not in held)])
            return
        for code, p in fresh.items():
            self._all[held[code]] = p
        shown = {p.code: i for i, p in enumerate(self._rows)}
        if any((code in shown) != self._match(p) for code, p in fresh.items()):
            self._apply()
            return
        last = len(self.columns) - 1
        for code, p in fresh.items():
            row = shown.get(code)
            if row is not None:
                self._rows[row] = p
                self.dataChanged.emit(self.index(row, 0), self.index(row, last))
        self.rowsUpdated.emit()

    def set_filter(
        self, text: str | None = None, client: str | None = None, status: str | None = None
    ) -> None:
        """Narrow by text (code, name or client), client code and status; '' means any."""
        if text is not None:
            self._text = text.strip().casefold()
        if client is not None:
            self._client = client
        if status is not None:
            self._status = status
        self._apply()

    def _match(self, p: ProjectSummary) -> bool:
        if self._client and p.client_code != self._client:
            return False
        if self._status and p.status != self._status:
            return False
        if self._text:
            hay = f"{p.code}\n{p.name}\n{p.client_name}\n{p.client_code}".casefold()
            return all(word in hay for word in self._text.split())
        return True

    def _apply(self) -> None:
        self.set_records([p for p in self._all if self._match(p)])

    def all_projects(self) -> list[ProjectSummary]:
        return list(self._all)

    def style(self, rec: ProjectSummary, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == OUTSTANDING and rec.totals.outstanding > 0:
                return QBrush(QColor("#b3261e"))
            if rec.status == "archived":
                return QBrush(QColor("#8a8f98"))
        if role == Qt.ItemDataRole.ToolTipRole and column == NAME:
            return f"{rec.code} — {rec.name}"
        return None
