"""Backup commands: ``backup FILE|URL [-o DIR]`` prints the backup's path; ``restore BACKUP FILE``;
``move FILE URL`` copies a company file to an empty server database."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from milestone_desk.cli.common import add_file, output_folder
from milestone_desk.domain.errors import BadInput
from milestone_desk.services.records import filesafety, office


def _backup(args: argparse.Namespace) -> int:
    if office.is_server_address(args.file):
        folder = Path.cwd() if args.output is None else output_folder(args.output)
        print(office.backup_server(args.file, folder))
        return 0
    path = Path(args.file)
    if not path.exists():
        raise BadInput(f"There is no company file at {path}.")
    into = None if args.output is None else output_folder(args.output)
    print(filesafety.make_backup(path, into, kind="manual"))
    return 0


def _restore(args: argparse.Namespace) -> int:
    if office.is_server_address(args.file):
        raise BadInput(
            "A server database is not replaced from a backup; put the backup into an empty database "
            "with: milestone-desk move BACKUP URL"
        )
    kept = filesafety.restore(Path(args.backup), Path(args.file))
    print(f"Restored {args.file} from {args.backup}.")
    if kept is not None:
        print(f"The file it replaced was kept at {kept}.")
    return 0


def _move(args: argparse.Namespace) -> int:
    moved = office.copy_books(args.file, args.destination)
    print(
        f"Copied {moved.rows} rows ({moved.tables} tables) to {moved.destination} in {moved.seconds:.1f} s."
    )
    return 0


def register(sub: Any) -> None:
    p = sub.add_parser("backup", help="back the company file up (safe while it is in use); prints the path")
    add_file(p)
    p.add_argument("-o", "--output", metavar="DIR", default=None, help="folder for the backup")
    p.set_defaults(handler=_backup)

    p = sub.add_parser(
        "move", help="copy a company file into an empty server database (everything, history included)"
    )
    add_file(p)
    p.add_argument("destination", metavar="URL", help="postgresql://USER@HOST/DBNAME (an empty database)")
    p.set_defaults(handler=_move)

    p = sub.add_parser("restore", help="replace the company file with a backup (the old one is kept)")
    p.add_argument("backup", metavar="BACKUP", help="the backup file")
    add_file(p)
    p.set_defaults(handler=_restore)
