"""``leercoach talking-points``: either side's topics for the next talk with someone."""

from __future__ import annotations

import argparse
from typing import Any

from leercoach.cli.common import EXIT_OK, json_help, open_store
from leercoach.language import _

BY_CHOICES = ("medewerker", "leidinggevende")


def register(commands: Any) -> None:
    group = commands.add_parser(
        "talking-points", help=_("topics either side wants to discuss in the next talk")
    )
    actions = group.add_subparsers(dest="talking_points_command", metavar="COMMAND", required=True)
    add = actions.add_parser("add", help=_("add a topic for someone's next talk"))
    add.add_argument("--employee", required=True, metavar="ID", help=_("the employee's id"))
    add.add_argument("--text", required=True, help=_("what to talk about"))
    add.add_argument(
        "--by",
        choices=BY_CHOICES,
        default="leidinggevende",
        help=_("who wants to talk about it (default: leidinggevende)"),
    )
    add.add_argument("--json", action="store_true", help=json_help())
    add.set_defaults(handler=add_point)
    listing = actions.add_parser("list", help=_("someone's talking points, oldest first"))
    listing.add_argument("--employee", required=True, metavar="ID", help=_("the employee's id"))
    listing.add_argument("--json", action="store_true", help=json_help())
    listing.set_defaults(handler=list_points)


def point_json(point: Any) -> dict[str, Any]:
    """One talking point as ``talking-points list --json`` promises it."""
    return {
        "id": point.id,
        "text": point.text,
        "by": point.by.value,
        "added": point.added_at.isoformat(),
        "status": point.status.value,
    }


def point_line(point: Any) -> str:
    from leercoach.vocabulary import label

    return f"{point.id[:8]}  {point.added_at.date().isoformat()}  [{label(point.status)}]  " + _(
        "{text} (by the {who})", text=point.text, who=label(point.by)
    )


def add_point(args: argparse.Namespace) -> int:
    from leercoach.cli.employees import resolve
    from leercoach.domain.talking_point import PointBy
    from leercoach.jsontext import to_json

    with open_store(args) as store:
        person = resolve(store, args.employee)
        point = store.talking_points.add(person.id, args.text, PointBy(args.by))
    if args.json:
        print(to_json(point_json(point)))
    else:
        print(_("added for {name}: {text}", name=person.name, text=point.text))
    return EXIT_OK


def list_points(args: argparse.Namespace) -> int:
    from leercoach.cli.employees import resolve
    from leercoach.jsontext import to_json

    with open_store(args, read_only=True) as store:
        person = resolve(store, args.employee)
        points = store.talking_points.for_employee(person.id)
    if args.json:
        print(to_json([point_json(point) for point in points]))
        return EXIT_OK
    print(person.name)
    if not points:
        print("  " + _("no talking points yet"))
    for point in points:
        print("  " + point_line(point))
    return EXIT_OK
