"""``leercoach prep``: what comes before a talk, the employee's and the coach's.

The subcommands live in modules of their own and add their parsers here.
"""

from __future__ import annotations

from typing import Any

from leercoach.language import _


def register(commands: Any) -> None:
    group = commands.add_parser(
        "prep", help=_("prepare a talk: the employee's form, the coach's sheet")
    )
    actions = group.add_subparsers(dest="prep_command", metavar="COMMAND", required=True)
    from leercoach.cli.prep_feedforward import register_feedforward
    from leercoach.cli.prep_form import register_form

    register_form(actions)
    register_feedforward(actions)
