"""The Construction menu: change orders, applied deposit, retainage release, pay applications and lien
waivers for the project selected in the main window.

``add_construction_actions(window)`` needs only ``window.current_project_code()``, ``window.books``,
``window.reload_all()``, ``window.show_error(text)`` and the QMainWindow API. Entries are enabled by
the selected project's billing mode and state each time the menu opens (``refresh``); a disabled
entry's tooltip says why. Dialogs run through ``menu.env`` (a DialogEnv), which tests replace to
drive them without a modal loop.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu

from milestone_desk.domain.errors import MilestoneDeskError
from milestone_desk.ui.construction.common import DialogEnv

if TYPE_CHECKING:
    from milestone_desk.services.construction.queries.construction_desk import ConstructionState

Factory = Callable[..., QDialog]


class ConstructionMenu(QMenu):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(self.tr("&Construction"), window)
        self.setObjectName("construction_menu")
        self.setToolTipsVisible(True)
        self.window_ = window
        self.env = DialogEnv()
        self.state: ConstructionState | None = None
        self.last_dialog: QDialog | None = None
        self.change_orders = self._action(self.tr("Change &orders…"), self.open_change_orders)
        self.deposit = self._action(self.tr("&Deposit invoice…"), self.open_deposit)
        self.release = self._action(self.tr("&Release retainage…"), self.open_release)
        self.payapp = self._action(self.tr("&Pay application…"), self.open_payapp)
        self.addSeparator()
        self.waivers = self._action(self.tr("&Lien waivers…"), self.open_waivers)
        self.wording = self._action(self.tr("Lien waiver &wording…"), self.open_wording)
        self.aboutToShow.connect(self.refresh)
        self.refresh()

    def _action(self, text: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    # window members this menu may use
    def _w(self) -> Any:
        return self.window_

    def _code(self) -> str | None:
        code = self._w().current_project_code()
        return str(code) if code else None

    # enabling
    @staticmethod
    def _set(action: QAction, reason: str) -> None:
        action.setEnabled(not reason)
        action.setToolTip(reason or action.text().replace("&", "").rstrip("…"))
        action.setStatusTip(reason)

    def refresh(self) -> None:
        """Enable each entry from the selected project's billing mode and state."""
        code = self._code()
        self.state = None
        reason = self.tr("Select a project first.")
        if code is not None:
            try:
                from milestone_desk.services.construction.queries.construction_desk import construction_state

                self.state = construction_state(self._w().books, code)
                reason = ""
            except MilestoneDeskError as exc:
                reason = str(exc)
        st = self.state
        self._set(self.change_orders, reason)
        self._set(self.waivers, reason)
        self._set(self.wording, "")
        if st is None:
            for action in (self.deposit, self.release, self.payapp):
                self._set(action, reason)
            return
        if st.deposit_policy != "applied":
            deposit_reason = self.tr(
                "Project {0} has no applied deposit (its deposit is a milestone)."
            ).format(st.code)
        else:
            deposit_reason = st.deposit_blocker
        self._set(self.deposit, deposit_reason)
        self._set(self.release, st.release_blocker)
        self._set(
            self.payapp,
            ""
            if st.billing_mode == "progress"
            else self.tr("Project {0} bills by milestones; pay applications need progress billing.").format(
                st.code
            ),
        )

    # running the dialogs
    def _run(self, factory: Factory, *, needs_project: bool = True) -> QDialog | None:
        window = self._w()
        code = self._code()
        if needs_project and code is None:
            window.show_error(self.tr("Select a project first."))
            return None
        try:
            if needs_project:
                dialog = factory(window, window.books, code, self.env)
            else:
                dialog = factory(window, window.books, self.env)
        except MilestoneDeskError as exc:
            window.show_error(str(exc))
            return None
        self.last_dialog = dialog
        result = self.env.run_dialog(dialog)
        wrote = bool(getattr(dialog, "changed", False) or getattr(dialog, "number", ""))
        if wrote or result == QDialog.DialogCode.Accepted:
            window.reload_all()
        self.refresh()
        return dialog

    def open_change_orders(self) -> QDialog | None:
        from milestone_desk.ui.construction.change_orders_dialog import make_change_orders_dialog

        return self._run(make_change_orders_dialog)

    def open_deposit(self) -> QDialog | None:
        from milestone_desk.ui.construction.deposit_dialog import make_deposit_dialog

        return self._run(make_deposit_dialog)

    def open_release(self) -> QDialog | None:
        from milestone_desk.ui.construction.release_dialog import make_release_dialog

        return self._run(make_release_dialog)

    def open_payapp(self) -> QDialog | None:
        from milestone_desk.ui.construction.payapp_dialog import make_payapp_dialog

        return self._run(make_payapp_dialog)

    def open_waivers(self) -> QDialog | None:
        from milestone_desk.ui.construction.waivers_dialog import make_waivers_dialog

        return self._run(make_waivers_dialog)

    def open_wording(self) -> QDialog | None:
        from milestone_desk.ui.construction.waiver_templates_dialog import make_waiver_templates_dialog

        return self._run(make_waiver_templates_dialog, needs_project=False)


def add_construction_actions(window: QMainWindow) -> QMenu:
    """Add the Construction menu to ``window.menuBar()`` (before Help when there is one); returns it."""
    menu = ConstructionMenu(window)
    bar = window.menuBar()
    help_action = next(
        (
            a
            for a in bar.actions()
            if a.menu() is not None and a.text().replace("&", "") in ("Help", menu.tr("Help"))
        ),
        None,
    )
    if help_action is not None:
        bar.insertMenu(help_action, menu)
    else:
        bar.addMenu(menu)
    return menu
