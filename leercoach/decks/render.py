"""A deck as readable plain text, in the deck's own language (``leercoach decks show``)."""

from __future__ import annotations

import textwrap

from leercoach.domain.deck import AnswerSpec, AnswerType, Deck

WORDS = {
    "nl": {
        "version": "versie",
        "minutes": "minuten",
        "cards": "kaarten",
        "source": "Bron",
        "theme": "thema",
        "phase": "fase",
        "follow_ups": "Doorvragen",
        "tip": "Tip",
        "answer": "Antwoord",
        "text": "vrije tekst",
        "scale": "schaal 1–5",
        "yesno": "ja / nee",
        "choice": "keuze",
    },
    "en": {
        "version": "version",
        "minutes": "minutes",
        "cards": "cards",
        "source": "Source",
        "theme": "theme",
        "phase": "phase",
        "follow_ups": "Follow-up questions",
        "tip": "Tip",
        "answer": "Answer",
        "text": "free text",
        "scale": "scale 1–5",
        "yesno": "yes / no",
        "choice": "choice",
    },
}


def _answer(spec: AnswerSpec, words: dict[str, str]) -> str:
    base = words[spec.type.value]
    if spec.type is AnswerType.SCALE and spec.labels:
        steps = ", ".join(f"{n} {label}" for n, label in enumerate(spec.labels, start=1))
        return f"{base} ({steps})"
    if spec.type is AnswerType.CHOICE:
        return f"{base}: " + " | ".join(spec.options)
    return base


def render_deck(deck: Deck, width: int = 88) -> str:
    words = WORDS.get(deck.language, WORDS["en"])
    wrap = textwrap.TextWrapper(width=width)
    lines = [
        deck.title,
        "=" * len(deck.title),
        f"{deck.slug} · {words['version']} {deck.version} · {deck.kind.value} · "
        f"{deck.duration_minutes} {words['minutes']} · {len(deck.cards)} {words['cards']}",
        f"{words['source']}: {deck.source}",
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
        tags = f"{words['theme']}: {card.theme}"
        if card.phase:
            tags += f" · {words['phase']}: {card.phase}"
        lines.append(f"{indent}[{tags}]")
        lines.extend(inner.wrap(f"{words['answer']}: {_answer(card.answer, words)}"))
        if card.follow_ups:
            lines.append(f"{indent}{words['follow_ups']}:")
            for prompt in card.follow_ups:
                lines.extend(bullet.wrap(prompt))
        if card.tip:
            lines.extend(inner.wrap(f"{words['tip']}: {card.tip}"))
    return "\n".join(lines) + "\n"
