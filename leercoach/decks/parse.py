"""Parse one deck file and report every problem in it at once.

A deck author fixes a file faster when all its problems are listed together,
each with the key path (``cards[4].answer``) and, where it is known, the line.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from leercoach.decks.checker import Checker, kind_of
from leercoach.decks.options import parse_options
from leercoach.decks.reading import DeckError, read_deck_text
from leercoach.domain.cycle import CyclePhase
from leercoach.domain.deck import (
    SCALE_MAX,
    SCALE_MIN,
    AnsweredBy,
    AnswerSpec,
    AnswerType,
    Audience,
    Card,
    Deck,
    DeckKind,
)
from leercoach.domain.growth import GAP_CODES
from leercoach.language import N_, _

__all__ = ["DeckError", "parse_deck", "parse_deck_text", "read_deck_text"]

SLUG_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
CARD_ID_PATTERN = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$")
THEME_PATTERN = SLUG_PATTERN
LANGUAGES = ("nl", "en")
MAX_QUESTION_LENGTH = 300
MAX_DURATION_MINUTES = 240

DECK_KEYS = (
    "slug",
    "version",
    "title",
    "kind",
    "language",
    "description",
    "duration_minutes",
    "source",
    "audience",
    "translation_of",
    "suggest_after",
    "suggest_for_gaps",
    "cards",
)
CARD_KEYS = (
    "id",
    "question",
    "theme",
    "answer",
    "follow_ups",
    "tip",
    "phase",
    "answered_by",
    "optional",
)
ANSWER_KEYS = {
    AnswerType.TEXT: ("type",),
    AnswerType.YESNO: ("type",),
    AnswerType.SCALE: ("type", "labels"),
    AnswerType.CHOICE: ("type", "options", "other"),
    AnswerType.MULTI: ("type", "options", "other"),
}


def parse_deck(path: Path) -> Deck:
    """Read and validate one deck file; raise DeckError listing every problem."""
    return parse_deck_text(read_deck_text(path), source=str(path), path=path)


def parse_deck_text(text: str, source: str = "<deck>", path: Path | None = None) -> Deck:
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        # tomllib puts "(at line N, column M)" in its message; keep it, it is the line.
        message = str(error).replace("\n", "\\n")
        raise DeckError(source, [_("TOML syntax error: {message}", message=message)]) from error
    except RecursionError:
        # tomllib reads nested arrays and tables by recursion: ``x = [[[[…`` thousands
        # deep exhausts Python's stack before it finds anything wrong.
        raise DeckError(
            source,
            [_("TOML nested too deeply: arrays or tables within each other, hundreds deep")],
        ) from None
    checker = _Checker(_card_lines(text), _deck_lines(text))
    deck = checker.deck(raw, path)
    if checker.problems or deck is None:
        raise DeckError(source, checker.problems)
    return deck


def _card_lines(text: str) -> list[int]:
    """Line numbers of each ``[[cards]]`` header, so card problems can name a line."""
    return [
        number
        for number, line in enumerate(text.splitlines(), start=1)
        if line.strip().replace(" ", "").startswith("[[cards]]")
    ]


def _deck_lines(text: str) -> dict[str, int]:
    """The line of each deck-level ``key =`` before the first ``[[cards]]``."""
    lines: dict[str, int] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if stripped.startswith("["):
            break
        key = stripped.partition("=")[0].strip()
        if key and "=" in stripped:
            lines.setdefault(key, number)
    return lines


class _Checker(Checker):
    def deck(self, raw: dict[str, Any], path: Path | None) -> Deck | None:
        self.unknown_keys(raw, DECK_KEYS, "")
        slug = self.matching(raw, "slug", "slug", SLUG_PATTERN, N_("slug (a-z, 0-9 and -)"))
        version = self.positive_int(raw, "version")
        title = self.text(raw, "title", "title")
        kind = self.choice(self.text(raw, "kind", "kind"), "kind", tuple(k.value for k in DeckKind))
        language = self.choice(self.text(raw, "language", "language"), "language", LANGUAGES)
        description = self.text(raw, "description", "description")
        duration = self.positive_int(raw, "duration_minutes", MAX_DURATION_MINUTES)
        source = self.text(raw, "source", "source")
        audience = self.enum_value(raw, "audience", self.at_deck("audience"), Audience)
        translation_of, after, gaps = self.links(raw, slug)
        cards = self.cards(raw.get("cards"))
        if self.problems:
            return None
        return Deck(
            slug=slug,
            version=version,
            title=title,
            kind=DeckKind(kind),
            language=language,
            description=description,
            duration_minutes=duration,
            source=source,
            cards=cards,
            path=path,
            audience=Audience(audience or Audience.EMPLOYEE),
            translation_of=translation_of,
            suggest_after=after,
            suggest_for_gaps=gaps,
        )

    def links(
        self, raw: dict[str, Any], slug: str
    ) -> tuple[str | None, tuple[str, ...], tuple[str, ...]]:
        """``translation_of``, ``suggest_after`` and ``suggest_for_gaps``: other decks by
        slug and growth-cycle gaps by code (``plannen:no-talk``)."""
        translation_of = None
        if "translation_of" in raw:
            where = self.at_deck("translation_of")
            translation_of = self.matching(raw, "translation_of", where, SLUG_PATTERN,
                                           N_("slug (a-z, 0-9 and -)")) or None  # fmt: skip
            if translation_of == slug:
                self.fail(where, _("a deck cannot be the translation of itself"))
        after = self.text_list(raw.get("suggest_after"), self.at_deck("suggest_after"))
        for index, other in enumerate(after):
            if not SLUG_PATTERN.match(other):
                self.fail(f"{self.at_deck('suggest_after')}[{index}]",
                          _("{value} is not a valid {what}", value=repr(other),
                            what=_("slug (a-z, 0-9 and -)")))  # fmt: skip
        gaps = self.text_list(raw.get("suggest_for_gaps"), self.at_deck("suggest_for_gaps"))
        for index, code in enumerate(gaps):
            self.choice(
                code, f"{self.at_deck('suggest_for_gaps')}[{index}]", tuple(sorted(GAP_CODES))
            )
        return translation_of, after, gaps

    def cards(self, raw_cards: Any) -> tuple[Card, ...]:
        if raw_cards is None:
            self.fail("cards", _("missing; a deck needs at least one [[cards]] table"))
            return ()
        if not isinstance(raw_cards, list) or not all(isinstance(c, dict) for c in raw_cards):
            self.fail("cards", _("expected [[cards]] tables"))
            return ()
        if not raw_cards:
            self.fail("cards", _("a deck needs at least one card"))
        cards: list[Card] = []
        first_seen: dict[str, int] = {}
        for index, raw in enumerate(raw_cards):
            card = self.card(index, raw)
            if card is None:
                continue
            if card.id in first_seen:
                self.fail(
                    self.where(index, "id"),
                    _(
                        "duplicate card id {id} (first used by cards[{first}])",
                        id=repr(card.id),
                        first=first_seen[card.id],
                    ),
                )
            else:
                first_seen[card.id] = index
            cards.append(card)
        return tuple(cards)

    def card(self, index: int, raw: dict[str, Any]) -> Card | None:
        before = len(self.problems)
        at: Callable[[str], str] = lambda key: self.where(index, key)  # noqa: E731
        self.unknown_keys(raw, CARD_KEYS, self.where(index) + ".")
        card_id = self.matching(raw, "id", at("id"), CARD_ID_PATTERN, N_("card id"))
        question = self.text(raw, "question", at("question"))
        if len(question) > MAX_QUESTION_LENGTH:
            self.fail(
                at("question"),
                _(
                    "is {length} characters; keep a question under {limit}",
                    length=len(question),
                    limit=MAX_QUESTION_LENGTH,
                ),
            )
        theme = self.matching(raw, "theme", at("theme"), THEME_PATTERN, N_("theme (a-z, 0-9, -)"))
        follow_ups = self.text_list(raw.get("follow_ups"), at("follow_ups"))
        tip = self.text(raw, "tip", at("tip"), required=False)
        phase_text = self.text(raw, "phase", at("phase"), required=False)
        phase = self.choice(phase_text, at("phase"), tuple(p.value for p in CyclePhase)) or None
        answered_by = self.enum_value(raw, "answered_by", at("answered_by"), AnsweredBy)
        optional = self.flag(raw, "optional", at("optional"))
        answer = self.answer(raw.get("answer", "text"), at("answer"))
        if len(self.problems) > before or answer is None:
            return None
        return Card(
            id=card_id,
            question=question,
            theme=theme,
            answer=answer,
            follow_ups=follow_ups,
            tip=tip,
            phase=phase,
            answered_by=AnsweredBy(answered_by) if answered_by else None,
            optional=optional,
        )

    def answer(self, raw: Any, where: str) -> AnswerSpec | None:
        types = tuple(t.value for t in AnswerType)
        if isinstance(raw, str):
            raw = {"type": raw}
        if not isinstance(raw, dict):
            self.fail(where, _("expected a type name or a table, got {kind}", kind=kind_of(raw)))
            return None
        type_name = raw.get("type")
        if not isinstance(type_name, str) or type_name not in types:
            self.fail(
                where,
                _(
                    "expected type one of {types}, got {given}",
                    types=", ".join(types),
                    given=repr(type_name),
                ),
            )
            return None
        answer_type = AnswerType(type_name)
        self.unknown_keys(raw, ANSWER_KEYS[answer_type], where + ".")
        labels = self.text_list(raw.get("labels"), where + ".labels")
        scale_size = SCALE_MAX - SCALE_MIN + 1
        if labels and len(labels) != scale_size:
            self.fail(
                where + ".labels",
                _(
                    "expected {size} labels (one per step {low}–{high}), got {count}",
                    size=scale_size,
                    low=SCALE_MIN,
                    high=SCALE_MAX,
                    count=len(labels),
                ),
            )
        options, ids = parse_options(raw.get("options"), where + ".options", self.fail)
        if answer_type in (AnswerType.CHOICE, AnswerType.MULTI):
            if len(options) < 2:
                self.fail(where + ".options", _("a choice card needs at least two options"))
            if len(set(options)) != len(options):
                self.fail(where + ".options", _("options must differ from each other"))
        other = self.flag(raw, "other", where + ".other")
        return AnswerSpec(
            type=answer_type, labels=labels, options=options, option_ids=ids, other=other
        )
