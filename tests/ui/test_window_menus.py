"""Which action lives where: the menu bar, outbox and mail server dialogs, the draft preview."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from milestone_desk.ui.outbox_dialog import OutboxDialog
from milestone_desk.ui.pdf_preview import PdfPreviewDialog
from milestone_desk.ui.smtp_settings_dialog import SmtpSettingsDialog
from tests.integration_support import sample_window

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _texts(menu: Any) -> list[str]:
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def test_the_menu_bar(qtbot: Any, tmp_path: Path) -> None:
    window, _ = sample_window(qtbot, tmp_path)
    bar = window.menuBar()
    titles = [a.text() for a in bar.actions()]
    assert titles == [
        "&File",
        "&Edit",
        "&Project",
        "&Billing",
        "S&ync",
        "&Construction",
        "&Reports",
        "&Settings",
        "&Help",
    ]
    menus = {a.text(): a.menu() for a in bar.actions()}
    file_items = _texts(menus["&File"])
    for text in (
        "&New company…",
        "Open the &sample company",
        "Out&box…",
        "&Back up now…",
        "&Restore a backup…",
        "Take a &field copy…",
    ):
        assert text in file_items
    assert _texts(menus["S&ync"]) == ["&Sync now", "&Conflicts…", "&Drafts…"]
    assert "Sign &off on site…" in _texts(menus["&Billing"])
    billing = _texts(menus["&Billing"])
    for text in (
        "&Void invoice…",
        "&Credit note…",
        "Invoice &history…",
        "&Print…",
        "&Email…",
        "&Receipts of this invoice",
    ):
        assert text in billing
    reports = _texts(menus["&Reports"])
    for text in ("&Aging…", "Cash-flow &forecast…", "Project &ledger…", "Customer &statement…",
                 "&Collections and reminders…", "CSV e&xport…"):  # fmt: skip
        assert text in reports
    assert "&Language…" in _texts(menus["&Settings"]) and "&Mail server…" in _texts(menus["&Settings"])
    assert "User guide" in _texts(menus["&Help"])
    assert window.construction_menu is menus["&Construction"]


def test_outbox_mail_server_and_draft_preview(qtbot: Any, tmp_path: Path) -> None:
    window, script = sample_window(qtbot, tmp_path)
    script.then(lambda d: d.reject()).then(lambda d: d.reject())
    window.file_actions.outbox_action.trigger()
    window.file_actions.mail_action.trigger()
    assert isinstance(script.seen[0], OutboxDialog) and isinstance(script.seen[1], SmtpSettingsDialog)
    window.projects_pane.select_code("P-003")
    window.milestone_pane.select_name("Completion")
    window.update_actions()
    assert window.draft_action.isEnabled()
    window.draft_action.trigger()
    drafts = [d for d in window.invoice_actions.docs.dialogs if isinstance(d, PdfPreviewDialog)]
    assert drafts and "Completion" in drafts[-1].windowTitle()
    drafts[-1].close()
    assert script.errors == []
