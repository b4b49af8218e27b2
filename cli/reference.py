"""Writes docs/cli.md from the `--help` of every command: `python -m cli.reference > docs/cli.md`.

The reference is generated, never edited by hand, so it cannot drift from the commands;
`tests/exports/test_cli_reference.py` fails when the file is not current.
"""

from __future__ import annotations

import click

from cli.main import cli

#: Help is wrapped at a fixed width so the file does not depend on the terminal it was made in.
WIDTH = 100

HEADER = """# CLI reference

Generated from `dateline --help` and each command's `--help` by `python -m cli.reference >
docs/cli.md`; do not edit by hand. A test fails when this file is not current.
The user guide ([user-guide.md](user-guide.md)) shows the commands at work.
"""


def help_text(command: click.Command, name: str, parent: click.Context | None = None) -> str:
    context = click.Context(command, info_name=name, parent=parent, terminal_width=WIDTH,
                            max_content_width=WIDTH)  # help option names come from the parent
    return command.get_help(context)


def reference() -> str:
    # The group's own settings (`-h` as well as `--help`) apply, as they do on the command line.
    settings = {**cli.context_settings, "terminal_width": WIDTH, "max_content_width": WIDTH}
    root = click.Context(cli, info_name="dateline", **settings)
    sections = [HEADER, _section("dateline", cli.get_help(root))]
    for name in sorted(cli.commands):
        sections.append(_section(f"dateline {name}", help_text(cli.commands[name], name, root)))
    return "\n".join(sections)


def _section(title: str, text: str) -> str:
    # A `text` block, not `console`: the docs test runs console blocks, and these are not runs.
    return f"## {title}\n\n```text\n{text.rstrip()}\n```\n"


if __name__ == "__main__":
    click.echo(reference(), nl=False)
