import re
from pathlib import Path

import pytest

from leercoach.decks import DeckError, load_library, parse_deck, parse_deck_text
from leercoach.domain import AnswerType, DeckKind

from .conftest import SMALL_DECK

HEADER = SMALL_DECK.split("[[cards]]")[0]


def card(body: str) -> str:
    return f"\n[[cards]]\n{body.strip()}\n"


GOOD_CARD = card('id = "a"\nquestion = "Wat lukt goed?"\ntheme = "talenten"')

MALFORMED = {
    "toml-syntax": (
        HEADER.replace('title = "Mini-gesprek"', 'title = "Mini-gesprek') + GOOD_CARD,
        r"TOML syntax error: .*line 4, column 22",
    ),
    "missing-slug": (HEADER.replace('slug = "mini"\n', "") + GOOD_CARD, r"^slug: missing"),
    "bad-slug": (
        HEADER.replace('"mini"', '"Mini Deck"') + GOOD_CARD,
        r"slug: 'Mini Deck' is not a valid slug",
    ),
    "version-text": (
        HEADER.replace("version = 1", 'version = "1"') + GOOD_CARD,
        r"version: expected a whole number, got a text",
    ),
    "unknown-kind": (
        HEADER.replace('kind = "check-in"', 'kind = "checkin"') + GOOD_CARD,
        r"kind: 'checkin' is not one of .*did you mean 'check-in'",
    ),
    "unknown-deck-key": (
        HEADER + 'titel = "x"\n' + GOOD_CARD,
        r"'titel': unknown key \(did you mean 'title'\?\)",
    ),
    "no-cards": (HEADER, r"cards: missing"),
    "empty-question": (
        HEADER + card('id = "a"\nquestion = "   "\ntheme = "talenten"'),
        r"line 12: cards\[0\]\.question: is empty",
    ),
    "duplicate-id": (
        HEADER + GOOD_CARD + GOOD_CARD.replace("Wat lukt goed?", "Nog een vraag?"),
        r"line 17: cards\[1\]\.id: duplicate card id 'a' \(first used by cards\[0\]\)",
    ),
    "unknown-answer-type": (
        HEADER + card('id = "a"\nquestion = "Hoe?"\ntheme = "t"\nanswer = "schaal"'),
        r"cards\[0\]\.answer: expected type one of text, scale, choice, yesno, multi, got 'schaal'",
    ),
    "unknown-card-key": (
        HEADER + card('id = "a"\nquestoin = "Hoe?"\ntheme = "t"'),
        r"cards\[0\]\.'questoin': unknown key \(did you mean 'question'\?\)",
    ),
    "scale-wrong-labels": (
        HEADER
        + card(
            'id = "a"\nquestion = "Hoe?"\ntheme = "t"\n'
            'answer = { type = "scale", labels = ["laag", "hoog"] }'
        ),
        r"cards\[0\]\.answer\.labels: expected 5 labels .* got 2",
    ),
    "choice-one-option": (
        HEADER
        + card(
            'id = "a"\nquestion = "Hoe?"\ntheme = "t"\n'
            'answer = { type = "choice", options = ["enige"] }'
        ),
        r"cards\[0\]\.answer\.options: a choice card needs at least two options",
    ),
    "unknown-phase": (
        HEADER + card('id = "a"\nquestion = "Hoe?"\ntheme = "t"\nphase = "plannning"'),
        r"cards\[0\]\.phase: 'plannning' is not one of .*did you mean 'plannen'",
    ),
    "follow-ups-not-list": (
        HEADER + card('id = "a"\nquestion = "Hoe?"\ntheme = "t"\nfollow_ups = "Wat maakt dat?"'),
        r"cards\[0\]\.follow_ups: expected a list of texts, got a text",
    ),
    "question-too-long": (
        HEADER + card(f'id = "a"\nquestion = "{"Wat " * 80}?"\ntheme = "t"'),
        r"cards\[0\]\.question: is 32\d characters; keep a question under 300",
    ),
    "missing-theme": (
        HEADER + card('id = "a"\nquestion = "Hoe?"'),
        r"cards\[0\]\.theme: missing; expected a text",
    ),
}


@pytest.mark.parametrize("name", sorted(MALFORMED))
def test_malformed_deck_names_file_and_problem(name: str, tmp_path: Path) -> None:
    text, expected = MALFORMED[name]
    path = tmp_path / f"{name}.toml"
    path.write_text(text, "utf-8")
    with pytest.raises(DeckError) as caught:
        parse_deck(path)
    assert caught.value.source == str(path)
    assert any(re.search(expected, p) for p in caught.value.problems), caught.value.problems
    assert str(path) in str(caught.value)


def test_every_problem_is_reported_at_once() -> None:
    text = (
        HEADER.replace('kind = "check-in"', 'kind = "x"')
        + card('id = "a"\nquestion = ""\ntheme = "t"\nanswer = "schaal"')
        + card('id = "a"\nquestion = "Ok?"\ntheme = "t"')
    )
    with pytest.raises(DeckError) as caught:
        parse_deck_text(text, "veel-fouten.toml")
    joined = "\n".join(caught.value.problems)
    assert "kind:" in joined and "cards[0].question" in joined and "cards[0].answer" in joined
    assert len(caught.value.problems) >= 3


def test_not_utf8_file(tmp_path: Path) -> None:
    path = tmp_path / "latin.toml"
    path.write_bytes("title = 'Caf\u00e9'".encode("latin-1"))
    with pytest.raises(DeckError, match="not UTF-8"):
        parse_deck(path)


def test_a_valid_deck_parses_completely(mini_deck: object) -> None:
    deck = parse_deck_text(SMALL_DECK)
    assert deck.slug == "mini" and deck.kind is DeckKind.CHECK_IN
    assert [c.answer.type for c in deck.cards] == [
        AnswerType.TEXT,
        AnswerType.SCALE,
        AnswerType.YESNO,
    ]
    assert deck.cards[1].answer.describe("4") == "4 – veel"
    assert deck.cards[0].follow_ups == ("Wat maakt dat je dat nu probeerde?",)


def test_broken_deck_is_reported_and_the_others_still_load(tmp_path: Path) -> None:
    (tmp_path / "goed.toml").write_text(SMALL_DECK, "utf-8")
    (tmp_path / "kapot.toml").write_text("slug = ", "utf-8")
    (tmp_path / "ander.toml").write_text(SMALL_DECK.replace('"mini"', '"ander"'), "utf-8")
    library = load_library([tmp_path])
    assert sorted(library.decks) == ["ander", "mini"]
    assert [f.path.name for f in library.failures] == ["kapot.toml"]
    assert "TOML syntax error" in library.failures[0].problems[0]


def test_user_deck_with_higher_version_wins(tmp_path: Path) -> None:
    shipped, own = tmp_path / "shipped", tmp_path / "own"
    shipped.mkdir()
    own.mkdir()
    (shipped / "mini.toml").write_text(SMALL_DECK, "utf-8")
    (own / "mini.toml").write_text(
        SMALL_DECK.replace("version = 1", "version = 2").replace("Mini-gesprek", "Eigen"), "utf-8"
    )
    assert load_library([shipped, own]).get("mini").title == "Eigen"
    (own / "mini.toml").write_text(SMALL_DECK.replace("Mini-gesprek", "Ouder"), "utf-8")
    (shipped / "mini.toml").write_text(SMALL_DECK.replace("version = 1", "version = 3"), "utf-8")
    assert load_library([shipped, own]).get("mini").version == 3


def two_folders(tmp_path: Path) -> tuple[Path, Path]:
    shipped, own = tmp_path / "shipped", tmp_path / "own"
    shipped.mkdir()
    own.mkdir()
    return shipped, own


def test_a_different_deck_with_the_same_slug_and_version_is_a_deck_error(tmp_path: Path) -> None:
    shipped, own = two_folders(tmp_path)
    (shipped / "mini.toml").write_text(SMALL_DECK, "utf-8")
    (own / "mini.toml").write_text(SMALL_DECK.replace("Mini-gesprek", "Eigen"), "utf-8")
    (own / "a-kopie.toml").write_text(SMALL_DECK.replace("Wat heb je", "Wat had je"), "utf-8")
    library = load_library([shipped, own])
    assert library.get("mini").title == "Mini-gesprek"
    assert library.get("mini").path == shipped / "mini.toml"
    expected = f"version: same slug and version as {shipped / 'mini.toml'}; raise its version"
    assert [(f.path, f.problems) for f in library.failures] == [
        (own / "a-kopie.toml", (expected,)),
        (own / "mini.toml", (expected,)),
    ]
    # A higher version still replaces the shipped deck.
    (own / "mini.toml").write_text(
        SMALL_DECK.replace("version = 1", "version = 2").replace("Mini-gesprek", "Eigen"), "utf-8"
    )
    (own / "a-kopie.toml").unlink()
    library = load_library([shipped, own])
    assert library.failures == []
    assert library.get("mini").title == "Eigen"
    assert library.find("mini", 1) is not None and library.find("mini", 1).title == "Mini-gesprek"


def test_the_same_deck_twice_is_no_error(tmp_path: Path) -> None:
    shipped, own = two_folders(tmp_path)
    (shipped / "mini.toml").write_text(SMALL_DECK, "utf-8")
    # Another comment and layout, the same content: the same hash.
    (own / "mini.toml").write_text("# mijn kopie\n" + SMALL_DECK.replace(" = ", "="), "utf-8")
    library = load_library([shipped, own])
    assert library.failures == []
    assert library.get("mini").path == shipped / "mini.toml"
