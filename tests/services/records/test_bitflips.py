"""Issue 13, point 2: 600 random bit flips on a copy — none may leave `check` saying "sound" while a
document or a row differs from the original.

Every column of every row of every table is compared (a full dump), stamps included: an issued
record's every column is proved by the fingerprint its newest audit event carries (services/core/audit.py),
who recorded an event by the copy inside the hashed event.
"""

from __future__ import annotations

import os
import random
import shutil
from pathlib import Path
from typing import Any

import pytest

from milestone_desk.domain.errors import MilestoneDeskError
from milestone_desk.services.billing import payments
from milestone_desk.services.core.books import Books
from milestone_desk.services.records.queries.check import check_report
from tests.safety_helpers import dump_rows
from tests.trust_helpers import DAY, issue

FLIPS = int(os.environ.get("MDESK_BITFLIPS", "600"))
SEED = int(os.environ.get("MDESK_BITFLIP_SEED", "1313"))


def verdict(path: Path) -> str:
    """ "sound", or "reported" when check (or opening the file) says something is wrong."""
    try:
        with Books.open(path, create=False, readonly=True) as b:
            report = check_report(b)
    except MilestoneDeskError:
        return "reported"
    return "reported" if report.findings else "sound"


def flip(src: Path, dst: Path, rng: random.Random) -> int:
    shutil.copyfile(src, dst)
    data = bytearray(dst.read_bytes())
    bit = rng.randrange(len(data) * 8)
    data[bit // 8] ^= 1 << (bit % 8)
    dst.write_bytes(bytes(data))
    return bit // 8


@pytest.mark.slow
def test_bit_flips_never_pass_as_sound_while_something_differs(
    books: Books, db_path: Path, tmp_path: Path
) -> None:
    for name in ("Deposit", "Demolition", "Rough-in"):
        number = issue(books, name, DAY)
        payments.record_payment(books, number, 100000, DAY, "check", f"ref {name}")
    books.close()
    # one self-contained file (no -wal), as a backup or a copied file is
    golden = tmp_path / "golden.mdesk"
    from milestone_desk.persistence.backups import copy_database

    copy_database(db_path, golden)
    assert verdict(golden) == "sound"
    original = dump_rows(golden)
    rng = random.Random(SEED)
    counts: dict[str, int] = {"reported": 0, "sound-same": 0, "sound-differs": 0}
    bad: list[Any] = []
    for i in range(FLIPS):
        case = tmp_path / "case.mdesk"
        offset = flip(golden, case, rng)
        seen = verdict(case)
        if seen == "reported":
            counts["reported"] += 1
        else:
            try:
                now = dump_rows(case)
            except Exception:  # the dump itself cannot read it: the file differs
                now = {}
            if now == original:
                counts["sound-same"] += 1
            else:
                counts["sound-differs"] += 1
                tables = [k for k in original if now.get(k) != original[k]]
                changed = [set(now.get(k, [])) ^ set(original[k]) for k in tables]
                bad.append((i, offset, tables, [sorted(c)[:2] for c in changed]))
        for sfx in ("", "-wal", "-shm", "-journal"):
            Path(f"{case}{sfx}").unlink(missing_ok=True)
    print(f"bit flips: {FLIPS} → {counts}; sound-but-different at (flip, offset): {bad[:10]}")
    assert counts["sound-differs"] == 0, (counts, bad[:10])
