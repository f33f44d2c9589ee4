"""Start-up must not pay for what it does not use: no reportlab, Alembic, keyring or pypdf until asked."""

from __future__ import annotations

import subprocess
import sys


def test_opening_the_window_imports_no_pdf_migration_or_keyring_code() -> None:
    code = (
        "import sys\n"
        "from milestone_desk.services.core.books import Books\n"
        "from milestone_desk.ui.main_window import MainWindow\n"
        "import milestone_desk.app\n"
        "print(sorted(m for m in ('reportlab', 'alembic', 'keyring', 'pypdf', 'aiosmtpd') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
