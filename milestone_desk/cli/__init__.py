"""The command line, a public contract: names, options, outputs and exit codes stay as written.

Exit 0 on success, 2 for bad usage or bad input, 1 for other failures; errors are one plain
sentence on stderr and leave the company file as it was. Each command group lives in its own
module with a ``register(subparsers)`` function, listed in ``GROUPS``.
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from typing import NoReturn

from milestone_desk import __version__
from milestone_desk.domain.errors import MilestoneDeskError

#: Modules under milestone_desk.cli that add commands (each has ``register``).
GROUPS = (
    "core",
    "figures",
    "records",
    "documents",
    "construction",
    "construction_desk",
    "backup",
    "collections",
    "accounting",
    "einvoice",
    "field",
)

#: Each command's group: a command builds the parser of its own group only, so `issue` does not
#: import the services of backups, e-invoices or field copies (~40 % of its start). A name not
#: listed here (a typo) builds the whole parser, which lists every command; tests/cli/test_start.py
#: checks this table against what the groups register.
COMMANDS = {
    **dict.fromkeys(("demo", "import", "export", "complete", "issue", "pay", "ledger", "check"), "core"),
    **dict.fromkeys(("preview", "schedule"), "figures"),
    **dict.fromkeys(("void", "credit"), "records"),
    **dict.fromkeys(("pdf", "print", "email", "outbox", "smtp"), "documents"),
    **dict.fromkeys(("change-order", "release", "payapp"), "construction"),
    **dict.fromkeys(
        (
            "deposit",
            "change-order-approve",
            "change-order-reject",
            "change-orders",
            "waiver",
            "cleared",
            "payapp-pdf",
        ),
        "construction_desk",
    ),
    **dict.fromkeys(("backup", "move", "restore"), "backup"),
    **dict.fromkeys(
        ("aging", "csv", "statement", "ledger-pdf", "aging-pdf", "reminders", "late-fees", "forecast"),
        "collections",
    ),
    **dict.fromkeys(("journal", "export-accounting"), "accounting"),
    **dict.fromkeys(("einvoice", "trade"), "einvoice"),
    **dict.fromkeys(("field-copy", "sync", "certificate", "packet", "draft", "conflicts", "settle"), "field"),
}

Handler = Callable[[argparse.Namespace], int]


class Parser(argparse.ArgumentParser):
    """argparse that reports usage errors as one sentence and exit code 2."""

    def error(self, message: str) -> NoReturn:
        sentence = message[:1].upper() + message[1:]
        self.exit(2, f"{sentence.rstrip('.')}. Run '{self.prog} --help' for usage.\n")


#: Global options that take a value (so the value is not mistaken for a command name).
VALUE_OPTIONS = ("--db", "--screenshot", "--size")


def names_a_command(argv: Sequence[str]) -> bool:
    """True when argv asks for a command or for help, i.e. the full parser is needed."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
            continue
        if arg in ("-h", "--help"):
            return True
        if arg.startswith("-"):
            skip = arg in VALUE_OPTIONS
            continue
        return True
    return False


def command_named(argv: Sequence[str]) -> str | None:
    """The command argv names (its first word that is not a global option), or None when help
    for the whole program is asked first or no command is named."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
            continue
        if arg in ("-h", "--help"):
            return None
        if arg.startswith("-"):
            skip = arg in VALUE_OPTIONS
            continue
        return arg
    return None


def build_parser(*, with_commands: bool = True, command: str | None = None) -> Parser:
    """The parser; without commands it imports nothing heavy (the window and --version need none).
    With ``command`` (a name in ``COMMANDS``) only that command's group is registered."""
    import importlib

    parser = Parser(
        prog="milestone-desk", description="Milestone and progress billing for contracting firms."
    )
    parser.add_argument("--version", action="version", version=f"milestone-desk {__version__}")
    parser.add_argument(
        "--db", metavar="FILE", help="company file to open (default: the one in your data folder)"
    )
    parser.add_argument("--screenshot", metavar="OUT.png", help="save a picture of the main window and exit")
    parser.add_argument("--size", metavar="WxH", default="1280x800", help="window size for --screenshot")
    if not with_commands:
        parser.set_defaults(command=None)
        return parser
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    groups = (COMMANDS[command],) if command in COMMANDS else GROUPS
    for name in groups:
        importlib.import_module(f"milestone_desk.cli.{name}").register(sub)
    _add_force(sub)
    return parser


def _add_force(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Every command that writes a file to ``-o`` gets ``--force`` (replace an existing document)."""
    for command, parser in sub.choices.items():
        if command == "backup":  # backups get a new unique name each time
            continue
        if any(a.dest == "output" for a in parser._actions):
            parser.add_argument(
                "--force",
                action="store_true",
                help="replace an existing output file (never a company file, a backup or a device)",
            )


def run(args: argparse.Namespace) -> int:
    """Run a parsed command, turning known failures into a sentence and an exit code."""
    handler: Handler = args.handler
    try:
        return handler(args)
    except MilestoneDeskError as exc:
        print(str(exc), file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("Stopped; nothing was changed.", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 1
    except OSError as exc:  # read-only folder, permission, disk full: known, not a bug
        print(os_error_sentence(exc), file=sys.stderr)
        return 1
    except Exception as exc:  # a bug: one sentence, the details only when asked for
        if os.environ.get("MILESTONE_DESK_DEBUG"):
            traceback.print_exc()
        print(
            f"Milestone Desk hit an unexpected problem ({type(exc).__name__}: {exc}); "
            "nothing was changed. Set MILESTONE_DESK_DEBUG=1 for details.",
            file=sys.stderr,
        )
        return 1


def os_error_sentence(exc: OSError) -> str:
    """One plain sentence for a refusal by the operating system, naming the path when known."""
    reason = (exc.strerror or str(exc) or type(exc).__name__).rstrip(".")
    reason = reason[:1].lower() + reason[1:]
    if exc.filename:
        return f"Milestone Desk could not use {exc.filename}: {reason}; nothing was changed."
    return f"Milestone Desk could not read or write a file: {reason}; nothing was changed."


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = build_parser(with_commands=names_a_command(argv), command=command_named(argv)).parse_args(argv)
    if args.command is None:
        from milestone_desk.app import run_gui

        return run_gui(args)
    return run(args)
