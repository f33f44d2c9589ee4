"""Issue 13: a restore leaves nothing beside the company file (writers that stay open across a
restore notice the new file by its inode: tests/services/records/test_concurrent_writers.py races 50 restores against one)."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from milestone_desk.persistence.lockfile import begin_swap, end_swap, swap_path_for, swap_state
from milestone_desk.services.billing import invoicing, payments
from milestone_desk.services.core.books import Books
from milestone_desk.services.firm import milestones
from milestone_desk.services.interchange import exchange
from milestone_desk.services.records import filesafety
from tests.trust_helpers import many_milestones

DAY = date(2026, 3, 2)


def _refs(path: Path) -> set[str]:
    con = sqlite3.connect(path)
    try:
        return {r[0] for r in con.execute("SELECT reference FROM payments")}
    finally:
        con.close()


def test_restore_leaves_no_swap_marker_and_the_next_write_goes_to_the_restored_file(tmp_path: Path) -> None:
    path = tmp_path / "books.mdesk"
    with Books.open(path) as b:
        exchange.import_data(b, many_milestones(2, amount="100000.00"))
        milestones.complete_milestone(b, "P-1", "M000", DAY)
        number = invoicing.issue_invoice(b, "P-1", "M000", DAY)
    backup = filesafety.make_backup(path, kind="manual")
    with Books.open(path) as writer:
        payments.record_payment(writer, number, 100_00, DAY, "check", "before")
    kept = filesafety.restore(backup, path)
    assert not swap_path_for(path).exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("books.mdesk")) == ["books.mdesk"]
    with Books.open(path) as writer:
        payments.record_payment(writer, number, 100_00, DAY, "check", "after")
    assert _refs(path) == {"after"}  # in the restored file, not in the replaced one
    assert kept is not None and _refs(kept) == {"before"}
    assert not swap_path_for(path).exists()


def test_a_marker_left_by_a_killed_restore_is_cleared_by_the_next(tmp_path: Path) -> None:
    path = tmp_path / "books.mdesk"
    Books.open(path).close()
    swap_path_for(path).write_text("3 busy 999999999 elsewhere-host\n", encoding="ascii")
    gen = begin_swap(path) if not swap_state(path)[1] else None
    assert gen is None  # busy on another computer: this restore would refuse ...
    swap_path_for(path).write_text("3 done 1 host\n", encoding="ascii")
    gen = begin_swap(path)  # ... a finished one is taken over
    assert swap_state(path) == (4, True)
    end_swap(path, 3)  # an older restore's end leaves the newer marker alone
    assert swap_path_for(path).exists()
    end_swap(path, gen)
    assert not swap_path_for(path).exists()
