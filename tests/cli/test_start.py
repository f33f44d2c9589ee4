"""A command builds only its own group's parser: the table of commands must match what the groups
register, and a command must not import the services of the other groups (issue 18, CLI start)."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest

from milestone_desk.cli import COMMANDS, GROUPS, Parser, build_parser, command_named, main


def _registered(group: str) -> list[str]:
    parser = Parser(prog="milestone-desk")
    sub = parser.add_subparsers(dest="command", parser_class=Parser)
    importlib.import_module(f"milestone_desk.cli.{group}").register(sub)
    return list(sub.choices)


def test_the_table_of_commands_is_what_the_groups_register() -> None:
    registered = {name: group for group in GROUPS for name in _registered(group)}
    assert registered == COMMANDS


def test_the_named_command_is_the_first_word_after_the_global_options() -> None:
    assert command_named(["--db", "issue", "issue", "firm.mdesk"]) == "issue"
    assert command_named(["pay", "firm.mdesk", "INV-1", "10"]) == "pay"
    assert command_named(["--help", "issue"]) is None
    assert command_named(["--db", "x.mdesk"]) is None


def test_a_command_parses_with_its_group_alone_and_the_same_result() -> None:
    argv = ["issue", "firm.mdesk", "P-1", "Design", "--date", "2026-11-26", "--po", "PO 7"]
    alone = build_parser(command="issue").parse_args(argv)
    whole = build_parser().parse_args(argv)
    assert vars(alone) == vars(whole)


def test_an_unknown_command_still_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["isue", "firm.mdesk"])
    assert stop.value.code == 2
    said = capsys.readouterr().err
    assert "'isue'" in said and "issue" in said and "field-copy" in said


def test_issue_does_not_import_other_groups_services() -> None:
    code = (
        "import sys\n"
        "from milestone_desk.cli import build_parser\n"
        "build_parser(command='issue').parse_args(['issue', 'f.mdesk', 'P-1', 'Design'])\n"
        "heavy = ['milestone_desk.services.' + m for m in "
        "('exchange', 'field_sync', 'journal', 'outbox', 'check', 'demo', 'site_documents', 'aging')]\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
