"""``leercoach decks list | show | validate``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from leercoach import paths
from leercoach.cli.common import (
    EXIT_OK,
    EXIT_USAGE,
    Subcommands,
    UsageError,
    json_help,
    library,
)
from leercoach.jsontext import to_json
from leercoach.language import _, ngettext


def register(commands: Subcommands) -> None:
    decks = commands.add_parser("decks", help=_("list, show and validate conversation decks"))
    actions = decks.add_subparsers(dest="deck_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help=_("the decks that load, and those that fail"))
    listing.add_argument("--json", action="store_true", help=json_help())
    listing.set_defaults(handler=list_decks)
    show = actions.add_parser("show", help=_("print one deck readably"))
    show.add_argument("slug", help=_("the deck's slug, as decks list shows it"))
    show.add_argument("--json", action="store_true", help=json_help())
    show.set_defaults(handler=show_deck)
    validate = actions.add_parser("validate", help=_("check deck files (default: all)"))
    validate.add_argument("paths", nargs="*", type=Path, help=_("deck files to check"))
    validate.set_defaults(handler=validate_decks)


def validate_decks(args: argparse.Namespace) -> int:
    from leercoach.decks import DeckError, parse_deck

    if not args.paths:
        loaded = library()
        for failure in loaded.failures:
            print(failure, file=sys.stderr)
        print(
            _(
                "{valid} decks valid, {broken} broken",
                valid=len(loaded.decks),
                broken=len(loaded.failures),
            )
        )
        return EXIT_USAGE if loaded.failures else EXIT_OK
    broken = 0
    for path in args.paths:
        try:
            deck = parse_deck(path)
        except DeckError as error:
            broken += 1
            print(error, file=sys.stderr)
        else:
            cards = ngettext("{n} card", "{n} cards", len(deck.cards))
            print(_("{path}: ok ({slug}, {cards})", path=path, slug=deck.slug, cards=cards))
    return EXIT_USAGE if broken else EXIT_OK


def show_deck(args: argparse.Namespace) -> int:
    from leercoach.decks.render import render_deck

    try:
        deck = library().get(args.slug)
    except KeyError as error:
        raise UsageError(error.args[0]) from None
    if args.json:
        print(to_json(deck))
    else:
        print(render_deck(deck), end="")
    return EXIT_OK


def list_decks(args: argparse.Namespace) -> int:
    loaded = library()
    decks = loaded.sorted()
    if args.json:
        listing = {
            "decks": [
                {
                    "slug": d.slug,
                    "version": d.version,
                    "title": d.title,
                    "kind": d.kind,
                    "language": d.language,
                    "cards": len(d.cards),
                    "duration_minutes": d.duration_minutes,
                    "path": d.path,
                }
                for d in decks
            ],
            "failures": [{"path": f.path, "problems": list(f.problems)} for f in loaded.failures],
        }
        print(to_json(listing))
        return EXIT_OK
    for deck in decks:
        cards = ngettext("{n:>2} card", "{n:>2} cards", len(deck.cards))
        minutes = _("{minutes:>3} min", minutes=deck.duration_minutes)
        print(f"{deck.slug:<34} {deck.language}  {cards}  {minutes}  {deck.title}")
    for failure in loaded.failures:
        more = len(failure.problems) - 1
        line = _("BROKEN {path}: {problem}", path=failure.path, problem=failure.problems[0])
        print(line + (" " + ngettext("(+{n} more)", "(+{n} more)", more) if more else ""))
    print("\n" + _("Your own decks: {folder}", folder=paths.user_decks_dir()))
    return EXIT_OK
