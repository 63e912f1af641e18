"""A deck as readable plain text, in the deck's own language (``leercoach decks show``):
its words from the core's catalogue of that language, whatever the app speaks."""

from __future__ import annotations

import textwrap

from leercoach.domain.deck import AnswerSpec, AnswerType, Deck
from leercoach.language import catalogue
from leercoach.vocabulary import label


def _answer(spec: AnswerSpec, language: str) -> str:
    base = label(spec.type, language)
    if spec.type is AnswerType.SCALE and spec.labels:
        steps = ", ".join(f"{n} {step}" for n, step in enumerate(spec.labels, start=1))
        return f"{base} ({steps})"
    if spec.type is AnswerType.CHOICE:
        return f"{base}: " + " | ".join(spec.options)
    return base


def render_deck(deck: Deck, width: int = 88) -> str:
    words = catalogue(deck.language)
    wrap = textwrap.TextWrapper(width=width)
    lines = [
        deck.title,
        "=" * len(deck.title),
        words.pgettext(
            "deck",
            "{slug} · version {version} · {kind} · {minutes} minutes · {cards} cards",
        ).format(
            slug=deck.slug,
            version=deck.version,
            kind=deck.kind.value,
            minutes=deck.duration_minutes,
            cards=len(deck.cards),
        ),
        words.pgettext("deck", "Source: {source}").format(source=deck.source),
        "",
        *wrap.wrap(deck.description),
    ]
    indent = "   "
    inner = textwrap.TextWrapper(width=width, initial_indent=indent, subsequent_indent=indent)
    bullet = textwrap.TextWrapper(
        width=width, initial_indent=indent + "- ", subsequent_indent=indent + "  "
    )
    for number, card in enumerate(deck.cards, start=1):
        lines.append("")
        head = f"{number}. "
        lines.extend(
            textwrap.wrap(
                card.question, width=width, initial_indent=head, subsequent_indent=" " * len(head)
            )
        )
        tags = words.pgettext("deck", "theme: {theme}").format(theme=card.theme)
        if card.phase:
            tags += " · " + words.pgettext("deck", "phase: {phase}").format(phase=card.phase)
        lines.append(f"{indent}[{tags}]")
        answer = _answer(card.answer, deck.language)
        lines.extend(inner.wrap(words.pgettext("deck", "Answer: {answer}").format(answer=answer)))
        if card.follow_ups:
            lines.append(indent + words.pgettext("deck", "Follow-up questions:"))
            for prompt in card.follow_ups:
                lines.extend(bullet.wrap(prompt))
        if card.tip:
            lines.extend(inner.wrap(words.pgettext("deck", "Tip: {tip}").format(tip=card.tip)))
    return "\n".join(lines) + "\n"
